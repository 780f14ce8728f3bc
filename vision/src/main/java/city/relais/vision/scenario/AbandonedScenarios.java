package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * Abandoned object on the parking lane (calibrated 16 m × 9 m, 48 px a metre): a real person (TUD-Stadtmitte) walks in
 * carrying a painted bag at hand height, puts it down beside their feet, lingers, and walks away out of the frame or
 * further than the owner distance; by day on a still with live noise, on the real moving clip, at night, with
 * passers-by, at other spots. YOLOX-Nano finds no class for a painted bag: the skill's static-object source finds
 * it. Hard negatives: the owner stays next to the bag (also while a companion leaves); the owner walks off and comes
 * back for it before the alarm; a bag carried through without stopping; a person standing still without a bag; a car stopping briefly while someone
 * walks past; a shadow settling while someone walks past.
 * <p>The camera's skill is {@code owner-distance-m: 3, unattended-for: 8s, pre-alert-after: 0s}: one event per
 * abandoned bag (the alarm), expected when the owner's feet have been more than 3 m from the bag's footprint for 8 s.
 * {@code abandoned-bag-pre-alert} keeps the pre-alert (5 m for 2 s) and expects both events.
 */
final class AbandonedScenarios {

    private static final double FPS = 5;
    private static final String ZONE = "lane";
    /** Seconds unattended before the alarm. */
    private static final double T = 8;
    /** Owner distance in pixels (3 m at 48 px a metre). */
    private static final double D_PX = 144;
    /** Pre-alert: 5 m for 2 s (the city's seed figures), in one scenario. */
    private static final double PRE_PX = 240;
    private static final double PRE_T = 2;
    private static final int RX = 12;
    private static final int RY = 9;

    private AbandonedScenarios() {
    }

    /** Where and when the owner puts the bag down. */
    private record Drop(int x, int bottom, double walkIn, double putDown, double leave) {
        /** The bag's centre on the ground: beside the right foot. */
        int bagX(ImageFrame sprite) {
            return x + sprite.width() / 2 + RX + 6;
        }

        int bagY() {
            return bottom - RY - 1;
        }
    }

    static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> r = new ArrayList<>();
        r.add(left("abandoned-bag-day", true, false, new Drop(300, 300, 1, 5, 7), 12, 830, 0));
        r.add(left("abandoned-bag-real-clip", false, true, new Drop(300, 300, 1, 5, 7), 12, 830, 0));
        r.add(left("abandoned-bag-night", true, false, new Drop(300, 300, 1, 5, 7), 12, 830, 1));
        r.add(left("abandoned-bag-passers", false, false, new Drop(300, 300, 1, 5, 7), 12, 830, 2));
        r.add(left("abandoned-bag-far-spot", false, false, new Drop(520, 380, 1, 5.5, 8), 11, -80, 0));
        r.add(left("abandoned-bag-stays-6m", false, false, new Drop(250, 250, 1, 4.5, 7), 10, 250 + 290, 0));
        r.add(left("abandoned-bag-lingers", false, false, new Drop(400, 330, 1, 4.5, 10), 15, 830, 0));
        r.add(left("abandoned-bag-pre-alert", false, false, new Drop(300, 300, 1, 5, 7), 12, 830, 3));
        r.add(negative("abandoned-owner-stays", true, (s, f) -> {
            List<ImageFrame> p = s.person(7, 5, 0.7);
            Drop d = new Drop(300, 300, 1, 5, 1e9);
            walkIn(f, p, d, -60, 1);
            bagOnGround(f, p.get(0), d, d.putDown(), 1e9, 1);
            Scenes.place(f, FPS, p.get(0), d.putDown(), 1e9, d.x(), d.bottom());
        }));
        r.add(negative("abandoned-owner-returns", true, (s, f) -> {
            List<ImageFrame> p = s.person(7, 5, 0.7);
            Drop d = new Drop(300, 300, 1, 5, 7);
            walkIn(f, p, d, -60, 1);
            bagOnGround(f, p.get(0), d, d.putDown(), 14, 1);
            Scenes.place(f, FPS, p.get(0), d.putDown(), d.leave(), d.x(), d.bottom());
            Scenes.walk(f, FPS, p, d.leave() + 0.2, 10, d.x(), d.x() + 330, d.bottom());
            Scenes.walk(f, FPS, p, 10.2, 13, d.x() + 330, d.x(), d.bottom());
            Scenes.place(f, FPS, p.get(0), 13.2, 14, d.x(), d.bottom());
            Scenes.walk(f, FPS, p, 14.2, 19, d.x(), -60, d.bottom());
            carried(f, p, 14.2, 19, d.x(), -60, d.bottom(), 1);
        }));
        r.add(negative("abandoned-companion-leaves", false, (s, f) -> {
            List<ImageFrame> p = s.person(7, 5, 0.7);
            List<ImageFrame> q = s.person(3, 5, 0.8);
            Drop d = new Drop(300, 300, 1, 5, 1e9);
            walkIn(f, p, d, -60, 1);
            bagOnGround(f, p.get(0), d, d.putDown(), 1e9, 1);
            Scenes.place(f, FPS, p.get(0), d.putDown(), 1e9, d.x(), d.bottom());
            // the companion walks in beside the owner, waits, and leaves alone; the owner stays with the bag
            Scenes.walk(f, FPS, q, 1, 4.8, -90, 235, d.bottom() - 8);
            Scenes.place(f, FPS, q.get(0), 5, 9, 235, d.bottom() - 8);
            Scenes.walk(f, FPS, q, 9.2, 13, 235, -90, d.bottom() - 8);
        }));
        r.add(negative("abandoned-carried-through", false, (s, f) -> {
            List<ImageFrame> p = s.person(7, 5, 0.7);
            Scenes.walk(f, FPS, p, 1, 9, -60, 830, 300);
            carried(f, p, 1, 9, -60, 830, 300, 1);
        }));
        r.add(negative("abandoned-person-standing", false, (s, f) -> {
            List<ImageFrame> p = s.person(7, 5, 0.7);
            Scenes.walk(f, FPS, p, 1, 4, -60, 300, 300);
            Scenes.place(f, FPS, p.get(0), 4.2, 16, 300, 300);
            Scenes.walk(f, FPS, p, 16.2, 20, 300, 830, 300);
        }));
        r.add(negative("abandoned-car-stops", false, (s, f) -> {
            Scenes.place(f, FPS, s.parkedCar(), 4, 9, 340, 360);
            Scenes.walk(f, FPS, s.person(3, 5, 0.7), 3, 10, -60, 830, 330);
        }));
        r.add(negative("abandoned-shadow", false, (s, f) -> {
            for (int i = 0; i < f.size(); i++) {
                double t = i / FPS;
                double k = t < 3 ? 1 : Math.max(0.6, 1 - 0.4 * (t - 3) / 3);
                Paint.light(f.get(i), 330, 290, 90, 60, k, 0);
            }
            Scenes.walk(f, FPS, s.person(3, 5, 0.7), 2, 9, -60, 830, 310);
        }));
        return r;
    }

    /** The fast (CI) subset: two positives, two hard negatives. */
    static List<ScenarioRecipe> fast() {
        return all().stream().filter(r -> r instanceof SceneRecipe s && s.fast()).toList();
    }

    static List<String> camera() {
        return camera("pre-alert-after: 0s");
    }

    /** The parking-lane camera with the abandoned-object skill; {@code preAlert} its pre-alert keys. */
    private static List<String> camera(String preAlert) {
        return List.of("analysis-fps: 5",
                "calibration:",
                "  - {image: [0.0, 0.0], ground: [0.0, 0.0]}",
                "  - {image: [1.0, 0.0], ground: [16.0, 0.0]}",
                "  - {image: [1.0, 1.0], ground: [16.0, 9.0]}",
                "  - {image: [0.0, 1.0], ground: [0.0, 9.0]}",
                "zones:", "  " + ZONE + ": " + Scenes.quad(0.05, 0.15, 0.95, 0.95),
                "skills:", "  - abandoned-object: {zone: " + ZONE + ", owner-distance-m: 3, unattended-for: 8s, "
                        + preAlert + "}");
    }

    /**
     * A positive: walk in from the left carrying the bag, put it down at {@code d}, linger until {@code d.leave},
     * walk to {@code awayX} by {@code awayBy} (off the frame, or a standing spot further than 3 m) and stay there.
     *
     * @param variant 0 plain, 1 night, 2 passers-by, 3 with the pre-alert (5 m for 2 s) expected too
     */
    private static SceneRecipe left(String name, boolean fast, boolean real, Drop d, double awayBy, double awayX,
                                    int variant) {
        return new SceneRecipe(name, "abandoned-object", false, fast, s -> {
            List<ImageFrame> f = base(s, name, real, 125);
            List<ImageFrame> p = s.person(7, 5, 0.7);
            ImageFrame stand = p.get(0);
            walkIn(f, p, d, -60, 1);
            bagOnGround(f, stand, d, d.putDown(), 1e9, 1);
            Scenes.place(f, FPS, stand, d.putDown(), d.leave(), d.x(), d.bottom());
            Scenes.walk(f, FPS, p, d.leave() + 0.2, awayBy, d.x(), awayX, d.bottom());
            boolean offFrame = awayX < 0 || awayX > 768;
            if (!offFrame) {
                Scenes.place(f, FPS, stand, awayBy + 0.2, 1e9, awayX, d.bottom());
            }
            if (variant == 2) {
                Scenes.walk(f, FPS, s.person(3, 5, 0.7), 12, 19, 830, -60, d.bottom() + 70);
                Scenes.walk(f, FPS, s.person(6, 5, 0.7), 16, 22, -60, 830, d.bottom() - 60);
            }
            if (variant == 1) {
                Scenes.night(f, 0.45, 5, 41);
            }
            // the owner's feet are more than 3 m from the bag's (its footprint's bottom-centre, on the same row)
            double bagX = d.bagX(stand);
            double edge = awayX > d.x() ? bagX + D_PX : bagX - D_PX;
            double far = Scenes.when(d.leave() + 0.2, awayBy, d.x(), awayX, edge);
            if (variant == 3) {
                // the pre-alert too: owner further than 5 m for 2 s, then the alarm
                double pre = Scenes.when(d.leave() + 0.2, awayBy, d.x(), awayX,
                        awayX > d.x() ? bagX + PRE_PX : bagX - PRE_PX);
                return new SceneRecipe.Rendered(f, FPS, camera("pre-alert-distance-m: 5, pre-alert-after: 2s"),
                        List.of(), List.of(new ExpectedEvent("object.abandoned", ZONE, pre + PRE_T, 3),
                        new ExpectedEvent("object.abandoned", ZONE, far + T, 4)));
            }
            return new SceneRecipe.Rendered(f, FPS, camera(), List.of(),
                    List.of(new ExpectedEvent("object.abandoned", ZONE, far + T, 4)));
        });
    }

    @FunctionalInterface
    private interface Adder {
        void compose(SceneSources s, List<ImageFrame> frames);
    }

    private static SceneRecipe negative(String name, boolean fast, Adder composer) {
        return new SceneRecipe(name, "abandoned-object", true, fast, s -> {
            List<ImageFrame> f = base(s, name, false, 125);
            composer.compose(s, f);
            return new SceneRecipe.Rendered(f, FPS, camera(), List.of(), List.of());
        });
    }

    private static List<ImageFrame> base(SceneSources s, String name, boolean real, int n) {
        return real ? Scenes.real(s.clip(SceneSources.PARKING, FPS), 0, n)
                : Scenes.still(s.still(SceneSources.PARKING, FPS, 0), n, 2, name.hashCode());
    }

    /** The owner walks from {@code fromX} to the drop spot carrying the bag. */
    private static void walkIn(List<ImageFrame> f, List<ImageFrame> p, Drop d, double fromX, long seed) {
        Scenes.walk(f, FPS, p, d.walkIn(), d.putDown() - 0.2, fromX, d.x(), d.bottom());
        carried(f, p, d.walkIn(), d.putDown() - 0.2, fromX, d.x(), d.bottom(), seed);
    }

    /** The bag at hand height beside a walking sprite (same timeline as {@link Scenes#walk}). */
    private static void carried(List<ImageFrame> frames, List<ImageFrame> sprite, double t0, double t1, double x0,
                                double x1, double bottom, long seed) {
        for (int i = 0; i < frames.size(); i++) {
            double t = i / FPS;
            if (t < t0 || t > t1) {
                continue;
            }
            ImageFrame s = sprite.get(i % sprite.size());
            double x = x0 + (x1 - x0) * (t - t0) / (t1 - t0);
            drawBag(frames.get(i), (int) Math.round(x + s.width() * 0.45), (int) Math.round(bottom - s.height() * 0.4),
                    seed);
        }
    }

    /** The bag standing on the ground beside the drop spot from {@code t0} to {@code t1}. */
    private static void bagOnGround(List<ImageFrame> frames, ImageFrame stand, Drop d, double t0, double t1,
                                    long seed) {
        for (int i = 0; i < frames.size(); i++) {
            double t = i / FPS;
            if (t >= t0 && t < t1) {
                drawBag(frames.get(i), d.bagX(stand), d.bagY(), seed);
            }
        }
    }

    /** A dark red holdall, 0.5 m × 0.4 m, with a lighter strap. */
    private static void drawBag(ImageFrame f, int cx, int cy, long seed) {
        Paint.bag(f, cx, cy, RX, RY, 40, 45, 140, 900 + seed);
        Paint.rect(f, cx - RX + 3, cy - 2, 2 * RX - 6, 2, 150, 170, 190);
    }
}
