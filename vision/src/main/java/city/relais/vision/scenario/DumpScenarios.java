package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * Illegal dump on the parking lane (calibrated 16 m × 9 m): cardboard boxes, a mattress, bags, a chair left on the
 * still lane with live noise or on the real moving clip; with its owner walking away, a passer-by, at night, with
 * lighting drift, and taken away again. Hard negatives: nothing, a delivery van stopping briefly, a shadow settling,
 * a person standing still, a can (below the minimum size), lighting drift alone, the real clip with cars passing.
 */
final class DumpScenarios {

    private static final double FPS = 5;
    private static final String ZONE = "lane";
    private static final double T = 10;
    private static final int OX = 300;
    private static final int OY = 260;

    private DumpScenarios() {
    }

    private enum Thing { BOXES, MATTRESS, BAGS, CHAIR, CAN }

    static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> r = new ArrayList<>();
        r.add(dump("dump-boxes-day", true, false, Thing.BOXES, 3, 1e9, 90, (s, f) -> 3 + T));
        r.add(dump("dump-mattress-real-clip", false, true, Thing.MATTRESS, 3, 1e9, 90, (s, f) -> 3 + T));
        r.add(dump("dump-bags-owner-leaves", true, false, Thing.BAGS, 4, 1e9, 110, (s, f) -> {
            List<ImageFrame> person = s.person(7, 5, 0.7);
            Scenes.walk(f, FPS, person, 1, 3, -60, OX - 60, OY + 40);
            Scenes.place(f, FPS, person.get(0), 3.2, 5, OX - 60, OY + 40);
            Scenes.walk(f, FPS, person, 5.2, 9, OX - 60, 830, OY + 40);
            // 3 m = 144 px from the nearest part of the bags
            return Math.max(4 + T, Scenes.when(5.2, 9, OX - 60, 830, OX + 60 + 144) + T);
        }));
        r.add(dump("dump-boxes-night", false, false, Thing.BOXES, 3, 1e9, 90, (s, f) -> {
            Scenes.night(f, 0.35, 5, 31);
            return 3 + T;
        }));
        r.add(dump("dump-chair-passer", false, false, Thing.CHAIR, 3, 1e9, 130, (s, f) -> {
            Scenes.walk(f, FPS, s.person(3, 5, 0.7), 7, 17, -60, 830, OY + 60);
            return Scenes.when(7, 17, -60, 830, OX + 40 + 144) + T;
        }));
        r.add(new SceneRecipe("dump-mattress-removed", "illegal-dump", false, false, s -> {
            List<ImageFrame> f = Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 130, 2, 33);
            draw(f, Thing.MATTRESS, 3, 18);
            return new SceneRecipe.Rendered(f, FPS, camera(), List.of(), List.of(
                    new ExpectedEvent("dump.detected", ZONE, 3 + T, 5),
                    new ExpectedEvent("dump.removed", ZONE, 18 + 1 + 2, 4)));
        }));
        r.add(dump("dump-bags-drift", false, false, Thing.BAGS, 3, 1e9, 90, (s, f) -> {
            drift(f);
            return 3 + T;
        }));
        r.add(negative("dump-nothing", false, false, (s, f) -> { }));
        r.add(negative("dump-van-stop", true, false, (s, f) ->
                Scenes.place(f, FPS, s.parkedCar(), 4, 9, OX + 40, OY + 60)));
        r.add(negative("dump-shadow", false, false, (s, f) -> {
            for (int i = 0; i < f.size(); i++) {
                double t = i / FPS;
                double k = t < 3 ? 1 : Math.max(0.6, 1 - 0.4 * (t - 3) / 3);
                Paint.light(f.get(i), OX, OY, 160, 110, k, 0);
            }
        }));
        r.add(negative("dump-person-standing", false, false, (s, f) -> {
            List<ImageFrame> person = s.person(7, 5, 0.7);
            Scenes.walk(f, FPS, person, 1, 3, -60, OX, OY + 40);
            Scenes.place(f, FPS, person.get(0), 3.2, 18, OX, OY + 40);
            Scenes.walk(f, FPS, person, 18.2, 21, OX, 830, OY + 40);
        }));
        r.add(negative("dump-small-litter", false, false, (s, f) -> draw(f, Thing.CAN, 3, 1e9)));
        r.add(negative("dump-drift", false, false, (s, f) -> drift(f)));
        r.add(negative("dump-real-clip", false, true, (s, f) -> { }));
        return r;
    }

    static List<String> camera() {
        return List.of("analysis-fps: 5",
                "calibration:",
                "  - {image: [0.0, 0.0], ground: [0.0, 0.0]}",
                "  - {image: [1.0, 0.0], ground: [16.0, 0.0]}",
                "  - {image: [1.0, 1.0], ground: [16.0, 9.0]}",
                "  - {image: [0.0, 1.0], ground: [0.0, 9.0]}",
                "zones:", "  " + ZONE + ": " + Scenes.quad(0.05, 0.15, 0.95, 0.95),
                "skills:", "  - illegal-dump: {zone: " + ZONE + ", min-area-m2: 0.25, static-for: 10s, "
                        + "owner-radius-m: 3}");
    }

    /** Draws the thing at (OX, OY) from {@code t0} to {@code t1}. */
    static void draw(List<ImageFrame> frames, Thing thing, double t0, double t1) {
        for (int i = 0; i < frames.size(); i++) {
            double t = i / FPS;
            if (t < t0 || t >= t1) {
                continue;
            }
            ImageFrame f = frames.get(i);
            switch (thing) {
                case BOXES -> {
                    Paint.object(f, OX - 45, OY - 40, 45, 40, 70, 130, 175, 14, 2, 501);
                    Paint.object(f, OX, OY - 35, 40, 35, 60, 120, 165, 14, 2, 502);
                    Paint.object(f, OX - 25, OY - 70, 35, 30, 75, 140, 185, 14, 2, 503);
                }
                case MATTRESS -> Paint.object(f, OX - 55, OY - 70, 110, 70, 190, 215, 225, 10, 6, 504);
                case BAGS -> {
                    Paint.bag(f, OX - 30, OY - 20, 22, 18, 35, 35, 38, 505);
                    Paint.bag(f, OX + 10, OY - 25, 24, 20, 30, 30, 32, 506);
                    Paint.bag(f, OX - 10, OY - 45, 20, 16, 40, 38, 40, 507);
                    Paint.bag(f, OX + 40, OY - 15, 18, 15, 35, 35, 38, 508);
                }
                case CHAIR -> {
                    Paint.object(f, OX - 30, OY - 60, 60, 50, 40, 70, 110, 12, 0, 509);
                    Paint.object(f, OX - 30, OY - 85, 60, 22, 35, 60, 100, 12, 0, 510);
                    Paint.rect(f, OX - 28, OY - 10, 6, 10, 20, 30, 50);
                    Paint.rect(f, OX + 22, OY - 10, 6, 10, 20, 30, 50);
                }
                case CAN -> Paint.object(f, OX, OY - 6, 10, 6, 60, 60, 200, 10, 0, 511);
                default -> throw new IllegalStateException();
            }
        }
    }

    @FunctionalInterface
    private interface Composer {
        /** Adds to the frames; returns when dump.detected is expected. */
        double compose(SceneSources s, List<ImageFrame> frames);
    }

    private static SceneRecipe dump(String name, boolean fast, boolean real, Thing thing, double t0, double t1, int n,
                                    Composer extra) {
        return new SceneRecipe(name, "illegal-dump", false, fast, s -> {
            List<ImageFrame> f = real ? Scenes.real(s.clip(SceneSources.PARKING, FPS), 0, n)
                    : Scenes.still(s.still(SceneSources.PARKING, FPS, 0), n, 2, name.hashCode());
            draw(f, thing, t0, t1);
            double at = extra.compose(s, f);
            return new SceneRecipe.Rendered(f, FPS, camera(), List.of(),
                    List.of(new ExpectedEvent("dump.detected", ZONE, at, 5)));
        });
    }

    private static SceneRecipe negative(String name, boolean fast, boolean real, Adder composer) {
        return new SceneRecipe(name, "illegal-dump", true, fast, s -> {
            List<ImageFrame> f = real ? Scenes.real(s.clip(SceneSources.PARKING, FPS), 0, 100)
                    : Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 110, 2, name.hashCode());
            composer.compose(s, f);
            return new SceneRecipe.Rendered(f, FPS, camera(), List.of(), List.of());
        });
    }

    @FunctionalInterface
    private interface Adder {
        void compose(SceneSources s, List<ImageFrame> frames);
    }

    private static void drift(List<ImageFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            Paint.gain(frames.get(i), 1.0 - 0.3 * i / (double) frames.size());
        }
    }
}
