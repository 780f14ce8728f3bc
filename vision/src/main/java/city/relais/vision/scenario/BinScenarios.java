package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * Bin overflow: a bin drawn on the parking lane (a still frame with live noise, or the real moving clip) and a pile
 * of bags and boxes growing next to it, by day, at night, with people walking past, with lighting drift, and taken
 * away again. Hard negatives: a person standing still next to the bin, passers-by, a shadow settling over the ring,
 * lighting drift alone, a delivery van stopping briefly, night noise, the real clip with the bin and nothing else.
 */
final class BinScenarios {

    private static final double FPS = 5;
    private static final String ZONE = "bin-1";
    static final int BX = 420;
    static final int BY = 190;
    static final int BW = 50;
    static final int BH = 75;
    private static final double HOLD_S = 4;

    private BinScenarios() {
    }

    static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> r = new ArrayList<>();
        r.add(pile("bin-pile-day", true, false, 100, 3.0, 0.6, (s, f) -> { }));
        r.add(pile("bin-pile-real-clip", false, true, 100, 3.0, 0.6, (s, f) -> { }));
        r.add(pile("bin-pile-passers", false, false, 100, 3.0, 0.6, (s, f) -> passers(s, f)));
        r.add(pile("bin-pile-drift", false, false, 100, 3.0, 0.6, (s, f) -> drift(f)));
        r.add(pile("bin-pile-night", true, false, 100, 3.0, 0.6, (s, f) -> Scenes.night(f, 0.35, 5, 21)));
        r.add(pile("bin-pile-slow", false, false, 120, 3.0, 1.6, (s, f) -> { }));
        r.add(new SceneRecipe("bin-pile-cleared", "bin", false, false, s -> {
            List<ImageFrame> frames = base(s, 140, false, 7);
            double full = growPile(frames, 3.0, 0.6, 20.0);
            drawBin(frames);
            return new SceneRecipe.Rendered(frames, FPS, camera(), List.of(), List.of(
                    new ExpectedEvent("bin.overflowing", ZONE, full, 5),
                    new ExpectedEvent("bin.cleared", ZONE, 20.0 + 1.0 + 3.0, 4)));
        }));
        r.add(negative("bin-person-standing", true, false, (s, f) -> {
            List<ImageFrame> person = s.person(7, 5, 0.7);
            Scenes.walk(f, FPS, person, 1, 3.5, -60, BX - 30, 300);
            Scenes.place(f, FPS, person.get(0), 3.6, 18, BX - 30, 300);
            Scenes.walk(f, FPS, person, 18.2, 21, BX - 30, -60, 300);
        }));
        r.add(negative("bin-passers-by", false, false, (s, f) -> passers(s, f)));
        r.add(negative("bin-shadow", false, false, (s, f) -> {
            for (int i = 0; i < f.size(); i++) {
                double t = i / FPS;
                double k = t < 3 ? 1 : Math.max(0.6, 1 - 0.4 * (t - 3) / 3);
                Paint.light(f.get(i), BX + BW / 2.0, BY + BH / 2.0 + 20, 140, 100, k, 0);
            }
        }));
        r.add(negative("bin-drift", false, false, (s, f) -> drift(f)));
        r.add(negative("bin-van-stop", false, false, (s, f) ->
                Scenes.place(f, FPS, s.parkedCar(), 4, 8, BX + BW + 65, 300)));
        r.add(negative("bin-night-noise", false, false, (s, f) -> Scenes.night(f, 0.3, 6, 23)));
        r.add(negative("bin-real-clip", false, true, (s, f) -> { }));
        return r;
    }

    static List<String> camera() {
        return List.of("analysis-fps: 5", "zones:",
                "  " + ZONE + ": " + Scenes.quad(BX / 768.0, BY / 432.0, (BX + BW) / 768.0, (BY + BH) / 432.0),
                "skills:", "  - bin: {zone: " + ZONE + ", ring: 0.05, fill-threshold: 0.8, overflow-after: 4s}");
    }

    private static List<ImageFrame> base(SceneSources s, int n, boolean real, long seed) {
        return real ? Scenes.real(s.clip(SceneSources.PARKING, FPS), 0, n)
                : Scenes.still(s.still(SceneSources.PARKING, FPS, 0), n, 2, seed);
    }

    /** A green street bin with a lid, drawn on every frame. */
    static void drawBin(List<ImageFrame> frames) {
        for (ImageFrame f : frames) {
            Paint.object(f, BX, BY + 8, BW, BH - 8, 40, 95, 30, 6, 0, 99);
            Paint.object(f, BX - 3, BY, BW + 6, 9, 25, 60, 20, 4, 0, 98);
            Paint.rect(f, BX + 18, BY + 20, 14, 5, 200, 200, 200);
        }
    }

    /**
     * Six bags and boxes appear next to the bin from {@code t0}, one every {@code every} seconds, and stay until
     * {@code until} (or the end).
     *
     * @return when bin.overflowing is expected: the second item (a quarter of the ring), plus a second to settle,
     *         plus the hold
     */
    static double growPile(List<ImageFrame> frames, double t0, double every, double until) {
        int[][] items = {
            {0, BX - 20, BY + 25, 19, 17}, {1, BX + BW + 4, BY + 12, 32, 30}, {0, BX - 20, BY + 60, 19, 17},
            {1, BX + BW + 4, BY + 46, 32, 30}, {0, BX + BW / 2, BY + BH + 12, 26, 11}, {0, BX - 22, BY + BH + 10, 18, 12}
        };
        for (int i = 0; i < frames.size(); i++) {
            double t = i / FPS;
            for (int k = 0; k < items.length; k++) {
                if (t < t0 + k * every || t >= until) {
                    continue;
                }
                int[] it = items[k];
                if (it[0] == 0) {
                    Paint.bag(frames.get(i), it[1], it[2], it[3], it[4], 35, 35, 38, 300 + k);
                } else {
                    Paint.object(frames.get(i), it[1], it[2], it[3], it[4], 70, 130, 175, 14, 2, 400 + k);
                }
            }
        }
        return t0 + every + 1.0 + HOLD_S;
    }

    @FunctionalInterface
    private interface Composer {
        void compose(SceneSources s, List<ImageFrame> frames);
    }

    private static SceneRecipe pile(String name, boolean fast, boolean real, int n, double t0, double every,
                                    Composer extra) {
        return new SceneRecipe(name, "bin", false, fast, s -> {
            List<ImageFrame> frames = base(s, n, real, name.hashCode());
            double at = growPile(frames, t0, every, Double.MAX_VALUE);
            drawBin(frames);
            extra.compose(s, frames);
            return new SceneRecipe.Rendered(frames, FPS, camera(), List.of(),
                    List.of(new ExpectedEvent("bin.overflowing", ZONE, at, 5)));
        });
    }

    private static SceneRecipe negative(String name, boolean fast, boolean real, Composer composer) {
        return new SceneRecipe(name, "bin", true, fast, s -> {
            List<ImageFrame> frames = base(s, 110, real, name.hashCode());
            drawBin(frames);
            composer.compose(s, frames);
            return new SceneRecipe.Rendered(frames, FPS, camera(), List.of(), List.of());
        });
    }

    private static void passers(SceneSources s, List<ImageFrame> frames) {
        List<ImageFrame> person = s.person(7, 5, 0.7);
        Scenes.walk(frames, FPS, person, 2, 9, -60, 830, 305);
        Scenes.walk(frames, FPS, person, 10, 17, 830, -60, 290);
    }

    private static void drift(List<ImageFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            Paint.gain(frames.get(i), 1.0 - 0.3 * i / (double) frames.size());
        }
    }
}
