package city.relais.vision.scenario;

import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.Zone;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.vision.scenario.SceneSources.VehiclePath;

import java.util.ArrayList;
import java.util.List;

/**
 * Emergency vehicle at a red light, on the real highway clip: a pulsing blue, red or blue/red light painted on the
 * upper part of a real vehicle the detector follows (its own boxes, 10 fps) as it drives up the right carriageway
 * towards a stop line drawn across it; by day and
 * at night, at 1.2–3 Hz. Hard negatives: amber hazard lights on a moving car, a steady blue light, a flashing vehicle
 * on green, a parked car with hazard lights (amber, and blue), the plain highway on red.
 */
final class EmergencyScenarios {

    private static final double FPS = 10;
    private static final int W = 320;
    private static final int H = 240;
    private static final String ZONE = "approach";
    private static final double ZONE_TOP = 0.3;
    private static final Zone APPROACH = new Zone(ZONE, new Polygon(List.of(new Point(0.55, ZONE_TOP),
            new Point(0.95, ZONE_TOP), new Point(0.97, 1.0), new Point(0.0, 1.0), new Point(0.0, 0.85))));
    private static final double LEAD_S = 1.5;

    private enum Light { BLUE, RED, BLUE_RED, AMBER, STEADY_BLUE }

    private EmergencyScenarios() {
    }

    static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> r = new ArrayList<>();
        r.add(flashing("emergency-blue-2hz", true, 0, Light.BLUE, 2.0, false, "red"));
        r.add(flashing("emergency-red-3hz", false, 1, Light.RED, 3.0, false, "red"));
        r.add(flashing("emergency-blue-red-1-5hz", false, 2, Light.BLUE_RED, 1.5, false, "red"));
        r.add(flashing("emergency-night-blue-2-5hz", false, 3, Light.BLUE, 2.5, true, "red"));
        r.add(flashing("emergency-blue-1-2hz", false, 4, Light.BLUE, 1.2, false, "red"));
        r.add(flashing("emergency-amber-signal", false, 5, Light.BLUE, 2.0, false, "amber"));
        r.add(flashing("emergency-night-red-2hz", false, 6, Light.RED, 2.0, true, "red"));
        r.add(flashing("emergency-hazard-moving", true, 0, Light.AMBER, 1.5, false, "red"));
        r.add(flashing("emergency-steady-blue", false, 1, Light.STEADY_BLUE, 2.0, false, "red"));
        r.add(flashing("emergency-on-green", false, 2, Light.BLUE, 2.0, false, "green"));
        r.add(flashing("emergency-night-hazard", false, 3, Light.AMBER, 1.5, true, "red"));
        r.add(parked("emergency-parked-hazard", true, Light.AMBER));
        r.add(parked("emergency-parked-blue", false, Light.BLUE));
        r.add(new SceneRecipe("emergency-plain-highway", "emergency-vehicle", true, false, s ->
                new SceneRecipe.Rendered(Scenes.real(s.clip(SceneSources.HIGHWAY, FPS), 0, 120), FPS, camera(),
                        List.of("N: [[0, red]]"), List.of())));
        return r;
    }

    static List<String> camera() {
        return List.of("analysis-fps: 10",
                "calibration:",
                "  - {image: [0.00, 1.00], ground: [0.0, 0.0]}",
                "  - {image: [0.97, 1.00], ground: [11.0, 0.0]}",
                "  - {image: [0.93, 0.30], ground: [11.0, 60.0]}",
                "  - {image: [0.55, 0.30], ground: [0.0, 60.0]}",
                "zones:",
                "  " + ZONE + ": [[0.55, " + ZONE_TOP + "], [0.95, " + ZONE_TOP + "], [0.97, 1.0], [0.0, 1.0], "
                        + "[0.0, 0.85]]",
                "lines:",
                "  stop: {points: [[0.50, 0.33], [0.97, 0.33]], direction: up}",
                "skills:",
                "  - emergency-vehicle: {zone: " + ZONE + ", stop-line: stop, approach: N, flash-min-hz: 1, "
                        + "flash-max-hz: 4}");
    }

    /** The approaching vehicles: in the zone for at least 2 s, at least 14 px tall there, moving up (away). */
    static List<VehiclePath> approaching(SceneSources s) {
        List<VehiclePath> out = new ArrayList<>();
        for (VehiclePath p : s.highwayVehicles()) {
            int inside = 0;
            double firstY = Double.NaN;
            double lastY = Double.NaN;
            for (var e : p.boxes().entrySet()) {
                Box b = e.getValue();
                if (APPROACH.contains(b) && b.h() * H >= 14) {
                    inside++;
                    if (Double.isNaN(firstY)) {
                        firstY = b.y2();
                    }
                    lastY = b.y2();
                }
            }
            if (inside >= 20 && firstY - lastY > 0.3) {
                out.add(p);
            }
        }
        if (out.size() < 7) {
            throw new IllegalStateException("the highway clip gave " + out.size() + " approaching vehicles, need 7");
        }
        return out;
    }

    private static int enterFrame(VehiclePath p) {
        return p.boxes().entrySet().stream().filter(e -> APPROACH.contains(e.getValue())
                        && e.getValue().h() * H >= 14).mapToInt(e -> e.getKey()).min().orElseThrow();
    }

    private static SceneRecipe flashing(String name, boolean fast, int index, Light light, double hz, boolean night,
                                        String signal) {
        boolean negative = light == Light.AMBER || light == Light.STEADY_BLUE || signal.equals("green");
        return new SceneRecipe(name, "emergency-vehicle", negative, fast, s -> {
            VehiclePath p = approaching(s).get(index);
            List<ImageFrame> all = s.clip(SceneSources.HIGHWAY, FPS);
            int enter = enterFrame(p);
            int start = Math.max(0, enter - (int) (LEAD_S * FPS));
            int end = Math.min(all.size(), p.last() + 15);
            List<ImageFrame> frames = Scenes.real(all, start, end - start);
            if (night) {
                // the scene darkens; the lamp is a light source and stays bright
                Scenes.night(frames, 0.35, 4, index);
            }
            for (int f = enter; f <= p.last(); f++) {
                Box b = p.boxes().get(f);
                if (b != null) {
                    paintLight(frames.get(f - start), b, light, hz, (f - enter) / FPS);
                }
            }
            List<ExpectedEvent> expected = negative ? List.of()
                    : List.of(new ExpectedEvent("emergency.approaching", ZONE, (enter - start) / FPS, 3));
            return new SceneRecipe.Rendered(frames, FPS, camera(), List.of("N: [[0, " + signal + "]]"), expected);
        });
    }

    private static SceneRecipe parked(String name, boolean fast, Light light) {
        return new SceneRecipe(name, "emergency-vehicle", true, fast, s -> {
            List<ImageFrame> all = s.clip(SceneSources.HIGHWAY, FPS);
            VehiclePath p = approaching(s).get(0);
            int f = p.boxes().entrySet().stream().filter(e -> e.getValue().h() * H >= 22).mapToInt(e -> e.getKey())
                    .min().orElse(p.last());
            Box b = p.boxes().get(f);
            int x = (int) Math.round(b.x() * W) - 2;
            int y = (int) Math.round(b.y() * H) - 2;
            ImageFrame car = Paint.crop(all.get(f), x, y, (int) Math.round(b.w() * W) + 4,
                    (int) Math.round(b.h() * H) + 4);
            List<ImageFrame> frames = Scenes.real(all, 150, 80);
            int px = (int) (0.86 * W) - car.width() / 2;
            int py = (int) (0.72 * H) - car.height();
            Box parkedBox = new Box(px / (double) W, py / (double) H, car.width() / (double) W,
                    car.height() / (double) H);
            for (int i = 0; i < frames.size(); i++) {
                Paint.paste(frames.get(i), car, px, py);
                paintLight(frames.get(i), parkedBox, light, 1.5, i / FPS);
            }
            return new SceneRecipe.Rendered(frames, FPS, camera(), List.of("N: [[0, red]]"), List.of());
        });
    }

    /** A light bar across the upper part of the box, lit half of each period. */
    static void paintLight(ImageFrame f, Box box, Light light, double hz, double t) {
        boolean on = light == Light.STEADY_BLUE || (t * hz) % 1.0 < 0.5;
        int bw = (int) Math.round(box.w() * f.width());
        int bh = (int) Math.round(box.h() * f.height());
        int x = (int) Math.round(box.x() * f.width() + 0.15 * bw);
        int y = (int) Math.round(box.y() * f.height() + 0.08 * bh);
        int w = Math.max(4, (int) Math.round(0.7 * bw));
        int h = Math.max(4, (int) Math.round(0.2 * bh));
        switch (light) {
            case BLUE, STEADY_BLUE -> {
                if (on) {
                    Paint.rect(f, x, y, w, h, 255, 70, 20);
                }
            }
            case RED -> {
                if (on) {
                    Paint.rect(f, x, y, w, h, 30, 20, 255);
                }
            }
            case AMBER -> {
                if (on) {
                    Paint.rect(f, x, y, w, h, 0, 175, 255);
                }
            }
            case BLUE_RED -> {
                if (on) {
                    Paint.rect(f, x, y, w / 2, h, 255, 70, 20);
                } else {
                    Paint.rect(f, x + w / 2, y, w - w / 2, h, 30, 20, 255);
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
