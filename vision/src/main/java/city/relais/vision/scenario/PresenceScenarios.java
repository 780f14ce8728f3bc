package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * Presence / empty street: a real person (cut from TUD-Stadtmitte) walking across the parking lane by day, at night,
 * in near darkness; the real TUD street by day and darkened; and hard negatives: an empty night, headlights sweeping
 * at night, a passing shadow, someone walking outside the zone, a car when only persons count, the real empty lane.
 */
final class PresenceScenarios {

    private static final double FPS = 5;
    private static final int W = 768;
    private static final String ZONE = "lane";
    private static final String LANE = Scenes.quad(0.25, 0.2, 0.75, 0.95);

    private PresenceScenarios() {
    }

    static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> r = new ArrayList<>();
        r.add(walk("presence-day-walk", false, 1.0, 2, 1));
        r.add(walk("presence-night-walk", true, 0.3, 5, 2));
        r.add(walk("presence-dark-walk", false, 0.15, 7, 3));
        r.add(new SceneRecipe("presence-two-visits", "presence", false, false, s -> twoVisits(s)));
        r.add(new SceneRecipe("presence-tud-day", "presence", false, false, s -> tud(s, false)));
        r.add(new SceneRecipe("presence-tud-night", "presence", false, false, s -> tud(s, true)));
        r.add(new SceneRecipe("presence-stand-still", "presence", false, false, s -> standStill(s)));
        r.add(negative("presence-empty-night", false, (s, frames) -> Scenes.night(frames, 0.3, 5, 11)));
        r.add(negative("presence-headlights-night", true, (s, frames) -> {
            for (int i = 0; i < frames.size(); i++) {
                double t = i / FPS;
                double phase = (t % 5) / 4.0;
                if (phase <= 1) {
                    Paint.light(frames.get(i), -150 + phase * (W + 300), 260, 230, 150, 1.0, 110);
                }
            }
            Scenes.night(frames, 0.3, 5, 12);
        }));
        r.add(negative("presence-shadow-day", false, (s, frames) -> {
            for (int i = 0; i < frames.size(); i++) {
                double t = i / FPS;
                Paint.light(frames.get(i), -200 + t * 90, 250, 220, 160, 0.55, 0);
            }
        }));
        r.add(negative("presence-outside-zone", false, (s, frames) ->
                Scenes.walk(frames, FPS, s.person(7, 5, 0.6), 1, 12, -60, 830, 0.15 * 432)));
        r.add(negative("presence-car-not-counted", false, (s, frames) ->
                Scenes.walk(frames, FPS, List.of(s.parkedCar()), 2, 12, -80, 850, 300)));
        r.add(new SceneRecipe("presence-real-empty-lane", "presence", true, false, s -> new SceneRecipe.Rendered(
                Scenes.real(s.clip(SceneSources.PARKING, FPS), 0, 40), FPS, camera("[person]", "3s"), List.of(),
                List.of())));
        return r;
    }

    private static List<String> camera(String classes, String emptyAfter) {
        return List.of("analysis-fps: 5", "zones:", "  " + ZONE + ": " + LANE, "skills:",
                "  - presence: {zone: " + ZONE + ", classes: " + classes + ", empty-after: " + emptyAfter
                        + ", inertia: 2}");
    }

    private static SceneRecipe walk(String name, boolean fast, double gain, double sigma, long seed) {
        return new SceneRecipe(name, "presence", false, fast, s -> {
            List<ImageFrame> frames = Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 80, 2, seed);
            double t0 = 1;
            double t1 = 13;
            Scenes.walk(frames, FPS, s.person(7, 5, 0.75), t0, t1, -60, 830, 0.7 * 432);
            if (gain < 1) {
                Scenes.night(frames, gain, sigma, seed + 100);
            }
            double in = Scenes.when(t0, t1, -60, 830, 0.25 * W);
            double out = Scenes.when(t0, t1, -60, 830, 0.75 * W);
            return new SceneRecipe.Rendered(frames, FPS, camera("[person, bicycle, car, motorcycle]", "3s"),
                    List.of(), List.of(new ExpectedEvent("zone.occupied", ZONE, in, 3),
                    new ExpectedEvent("zone.empty", ZONE, out + 3, 3)));
        });
    }

    private static SceneRecipe.Rendered twoVisits(SceneSources s) {
        List<ImageFrame> frames = Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 115, 2, 4);
        List<ImageFrame> person = s.person(7, 5, 0.75);
        Scenes.walk(frames, FPS, person, 1, 8, -60, 830, 0.7 * 432);
        Scenes.walk(frames, FPS, person, 12, 19, 830, -60, 0.8 * 432);
        return new SceneRecipe.Rendered(frames, FPS, camera("[person]", "2s"), List.of(), List.of(
                new ExpectedEvent("zone.occupied", ZONE, Scenes.when(1, 8, -60, 830, 0.25 * W), 3),
                new ExpectedEvent("zone.empty", ZONE, Scenes.when(1, 8, -60, 830, 0.75 * W) + 2, 3),
                new ExpectedEvent("zone.occupied", ZONE, Scenes.when(12, 19, 830, -60, 0.75 * W), 3),
                new ExpectedEvent("zone.empty", ZONE, Scenes.when(12, 19, 830, -60, 0.25 * W) + 2, 3)));
    }

    private static SceneRecipe.Rendered tud(SceneSources s, boolean night) {
        List<ImageFrame> frames = Scenes.real(s.clip(SceneSources.TUD, FPS), 0, s.clip(SceneSources.TUD, FPS).size());
        if (night) {
            Scenes.night(frames, 0.3, 6, 5);
        }
        List<String> cam = List.of("analysis-fps: 5", "zones:", "  street: " + Scenes.quad(0.0, 0.5, 1.0, 1.0),
                "skills:", "  - presence: {zone: street, classes: [person], empty-after: 5s, inertia: 2}");
        return new SceneRecipe.Rendered(frames, FPS, cam, List.of(),
                List.of(new ExpectedEvent("zone.occupied", "street", 0.0, 3)));
    }

    private static SceneRecipe.Rendered standStill(SceneSources s) {
        List<ImageFrame> frames = Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 75, 2, 6);
        List<ImageFrame> person = s.person(7, 5, 0.75);
        Scenes.walk(frames, FPS, person, 1, 5, -60, 380, 0.7 * 432);
        Scenes.place(frames, FPS, person.get(0), 5.2, 15, 380, 0.7 * 432);
        return new SceneRecipe.Rendered(frames, FPS, camera("[person]", "3s"), List.of(),
                List.of(new ExpectedEvent("zone.occupied", ZONE, Scenes.when(1, 5, -60, 380, 0.25 * W), 3)));
    }

    @FunctionalInterface
    private interface Composer {
        void compose(SceneSources s, List<ImageFrame> frames);
    }

    private static SceneRecipe negative(String name, boolean fast, Composer composer) {
        return new SceneRecipe(name, "presence", true, fast, s -> {
            List<ImageFrame> frames = Scenes.still(s.still(SceneSources.PARKING, FPS, 0), 70, 2, name.hashCode());
            composer.compose(s, frames);
            return new SceneRecipe.Rendered(frames, FPS, camera("[person]", "3s"), List.of(), List.of());
        });
    }
}
