package city.relais.vision.scenario.catalogue;

import city.relais.vision.geometry.Zone;
import city.relais.vision.scenario.ScenarioRecipe;
import city.relais.vision.scenario.catalogue.HighwayDrive.Drive;
import city.relais.vision.scenario.catalogue.HighwayDrive.Key;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario suite of the rest of the catalogue: at least three scenarios per skill, hard negatives included, all
 * composites on the real clips of the shared folder. Abandoned-object and parking-overstay scenarios live in
 * {@link ParkedScenes}.
 */
public final class CatalogueScenarios {

    private static final double TOL = 3.0;
    private static final String HIGHWAY_CAMERA = """
              id: highway
              analysis-fps: 5
              zones:
                carriageway: %s
                wait-n: [[0.36, 0.92], [0.90, 0.92], [0.88, 0.70], [0.45, 0.70]]
              lines:
                stop-n: {points: [[0.35, 0.70], [0.95, 0.70]], direction: %s}
              skills:
                - %s
            """;
    private static final String STREET_CAMERA = """
              id: street
              analysis-fps: 5
              zones:
                %s: %s
              lines:
                mid: {points: [[0.5, 0.3], [0.5, 0.95]], direction: any}
              skills:
                - %s
            """;

    private CatalogueScenarios() {
    }

    /** Every recipe, in a stable order. */
    public static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> all = new ArrayList<>();
        all.addAll(loitering());
        all.addAll(intrusion());
        all.addAll(crowding());
        all.addAll(counting());
        all.addAll(redLight());
        all.addAll(wrongWay());
        all.addAll(onDemand());
        all.addAll(ParkedScenes.all());
        return all;
    }

    /** A fast subset for CI: one positive and one hard negative per skill, the shortest clips. */
    public static List<ScenarioRecipe> fast() {
        List<String> names = List.of("loitering-window-shopper", "loitering-short-stay", "intrusion-pasted-trespasser",
                "intrusion-outside-schedule", "crowding-pavement-over-3", "crowding-pavement-under-8",
                "counting-three-cars", "counting-stops-short", "redlight-car-on-red", "redlight-stops-at-red",
                "wrongway-car-down", "wrongway-standing-car", "ondemand-car-waits", "ondemand-passing");
        return all().stream().filter(r -> names.contains(r.name())).toList();
    }

    private static String street(String zone, String polygon, String skill) {
        return STREET_CAMERA.formatted(zone, polygon, skill);
    }

    private static String highway(String direction, String skill) {
        return HIGHWAY_CAMERA.formatted(HighwayDrive.LANE, direction, skill);
    }

    private static final String WINDOW = "[[0.22, 0.42], [0.40, 0.42], [0.40, 0.60], [0.22, 0.60]]";
    private static final String KERB = "[[0.60, 0.70], [0.86, 0.70], [0.86, 0.92], [0.60, 0.92]]";
    private static final String SHOP_FRONT = "[[0.50, 0.45], [1.0, 0.45], [1.0, 0.62], [0.50, 0.62]]";
    private static final String ROADWAY = "[[0.0, 0.78], [1.0, 0.78], [1.0, 1.0], [0.0, 1.0]]";
    private static final String PAVEMENT = "[[0.0, 0.40], [1.0, 0.40], [1.0, 0.75], [0.0, 0.75]]";

    private static Zone zone(String name, String yaml) {
        String[] n = yaml.replaceAll("[\\[\\] ]", "").split(",");
        double[][] c = new double[n.length / 2][];
        for (int i = 0; i < c.length; i++) {
            c[i] = new double[] {Double.parseDouble(n[2 * i]), Double.parseDouble(n[2 * i + 1])};
        }
        return StreetTruth.zone(name, c);
    }

    static List<ScenarioRecipe> loitering() {
        String skill = "loitering";
        Zone window = zone("window", WINDOW);
        Zone kerb = zone("kerb", KERB);
        return List.of(
                new StreetPersons("loitering-window-shopper", skill, false,
                        "a real person standing at a shop window (played forward and back) for 14 s; max 10 s",
                        street("window", WINDOW, "loitering: {zone: window, max-presence: 10s}"), null, 14, true,
                        null, t -> t.dwell("loitering.detected", window, 10, TOL)),
                new StreetPersons("loitering-pasted-person", skill, false,
                        "a real person cut from the clip pasted standing on the kerb from 2 s to 22 s; max 12 s",
                        street("kerb", KERB, "loitering: {zone: kerb, max-presence: 12s}"), null, 24, true,
                        new StreetPersons.Paste(3, 0, 0.73, 0.88, 1.3, 2, 22),
                        t -> t.dwell("loitering.detected", kerb, 12, TOL)),
                new StreetPersons("loitering-short-stay", skill, true,
                        "hard negative: the shop-window person stands 7 s, under the 10 s maximum",
                        street("window", WINDOW, "loitering: {zone: window, max-presence: 10s}"), null, 7.2, false,
                        null, t -> t.dwell("loitering.detected", window, 10, TOL)),
                new StreetPersons("loitering-pasted-brief", skill, true,
                        "hard negative: the pasted person stands on the kerb 8 s, under the 12 s maximum",
                        street("kerb", KERB, "loitering: {zone: kerb, max-presence: 12s}"), null, 16, true,
                        new StreetPersons.Paste(3, 0, 0.73, 0.88, 1.3, 2, 10),
                        t -> t.dwell("loitering.detected", kerb, 12, TOL)));
    }

    static List<ScenarioRecipe> intrusion() {
        String skill = "intrusion";
        Zone front = zone("shop-front", SHOP_FRONT);
        Zone roadway = zone("roadway", ROADWAY);
        return List.of(
                new StreetPersons("intrusion-shop-front", skill, false,
                        "real pedestrians entering the shop-front perimeter, schedule always",
                        street("shop-front", SHOP_FRONT, "intrusion: {zone: shop-front}"), null, 7.2, false, null,
                        t -> t.entries("intrusion.detected", front, TOL)),
                new StreetPersons("intrusion-night-window", skill, false,
                        "the same pedestrians at 23:00, schedule 22:00..06:00",
                        street("shop-front", SHOP_FRONT, "intrusion: {zone: shop-front, schedule: 22:00..06:00}"),
                        "2026-11-28T23:00:00Z", 7.2, false, null, t -> t.entries("intrusion.detected", front, TOL)),
                new StreetPersons("intrusion-pasted-trespasser", skill, false,
                        "a real person cut from the clip pasted standing in the roadway perimeter from 2 s to 6 s",
                        street("roadway", ROADWAY, "intrusion: {zone: roadway}"), null, 7.2, false,
                        new StreetPersons.Paste(3, 0, 0.30, 0.92, 1.3, 2, 6),
                        t -> t.entries("intrusion.detected", roadway, TOL)),
                new StreetPersons("intrusion-roadway-empty", skill, true,
                        "hard negative: pedestrians walk on the pavement next to the roadway perimeter",
                        street("roadway", ROADWAY, "intrusion: {zone: roadway}"), null, 14.3, true, null,
                        t -> t.entries("intrusion.detected", roadway, TOL)),
                new StreetPersons("intrusion-outside-schedule", skill, true,
                        "hard negative: the same pedestrians at noon, schedule 22:00..06:00",
                        street("shop-front", SHOP_FRONT, "intrusion: {zone: shop-front, schedule: 22:00..06:00}"),
                        "2026-11-28T12:00:00Z", 7.2, false, null, t -> List.of()));
    }

    static List<ScenarioRecipe> crowding() {
        String skill = "crowding";
        Zone pavement = zone("pavement", PAVEMENT);
        return List.of(
                new StreetPersons("crowding-pavement-over-3", skill, false,
                        "real pedestrians: more than 3 on the pavement for 2 s",
                        street("pavement", PAVEMENT, "crowding: {zone: pavement, max-count: 3, min-duration: 2s}"),
                        null, 7.2, false, null, t -> t.crowd("crowd.detected", pavement, 3, 2, 5, TOL)),
                new StreetPersons("crowding-pavement-over-4", skill, false,
                        "real pedestrians, forward and back: more than 4 on the pavement for 2 s",
                        street("pavement", PAVEMENT, "crowding: {zone: pavement, max-count: 4, min-duration: 2s}"),
                        null, 14.3, true, null, t -> t.crowd("crowd.detected", pavement, 4, 2, 5, TOL)),
                new StreetPersons("crowding-pavement-under-8", skill, true,
                        "hard negative: a busy pavement that never holds more than 8",
                        street("pavement", PAVEMENT, "crowding: {zone: pavement, max-count: 8, min-duration: 2s}"),
                        null, 7.2, false, null, t -> t.crowd("crowd.detected", pavement, 8, 2, 5, TOL)));
    }

    static List<ScenarioRecipe> counting() {
        String skill = "counting";
        String walkers = "counting: {line: mid, classes: [person], period: 0s}";
        String cars = "counting: {line: stop-n, classes: [car, truck, bus], period: 0s}";
        return List.of(
                new StreetPersons("counting-walkers", skill, false,
                        "real pedestrians crossing the middle of the image, either way",
                        street("pavement", PAVEMENT, walkers), null, 7.2, false, null,
                        t -> t.crossings("line.crossed", "mid", 0.5, TOL)),
                new StreetPersons("counting-walkers-back-and-forth", skill, false,
                        "the pedestrians forward then backward: each crosses again the other way",
                        street("pavement", PAVEMENT, walkers), null, 14.3, true, null,
                        t -> t.crossings("line.crossed", "mid", 0.5, TOL)),
                drive("counting-three-cars", skill, "three real-car composites driving up over the line",
                        highway("up", cars), null, 13,
                        List.of(HighwayDrive.up(1, 6), HighwayDrive.up(4.5, 9.5), HighwayDrive.up(8, 13)),
                        "line.crossed", "stop-n"),
                drive("counting-cars-both-ways", skill, "a car drives up, another down; the line counts both ways",
                        highway("any", cars), null, 14, List.of(HighwayDrive.up(1, 6), HighwayDrive.down(8, 13)),
                        "line.crossed", "stop-n"),
                drive("counting-stops-short", skill, "hard negative: a car stops before the line",
                        highway("up", cars), null, 10,
                        List.of(new Drive(List.of(new Key(0.5, 0), new Key(3, 0.45), new Key(10, 0.45)))),
                        "line.crossed", "stop-n"));
    }

    static List<ScenarioRecipe> redLight() {
        String skill = "red-light";
        String rl = "red-light: {stop-line: stop-n, signal: tl-1, approach: N}";
        return List.of(
                drive("redlight-car-on-red", skill, "a car crosses the stop line going up while N is red",
                        highway("up", rl), "  N: [[0, red]]", 9, List.of(HighwayDrive.up(1, 6)),
                        "redlight.crossed", "stop-n"),
                drive("redlight-one-of-two", skill, "red until 5 s, then green: the first car runs the red, "
                                + "the second crosses on green",
                        highway("up", rl), "  N: [[0, red], [5, green]]", 13,
                        List.of(HighwayDrive.up(1, 6), HighwayDrive.up(6, 11)), "redlight.crossed", "stop-n",
                        5.0),
                drive("redlight-green", skill, "hard negative: a car crosses on green",
                        highway("up", rl), "  N: [[0, green]]", 9, List.of(HighwayDrive.up(1, 6)),
                        "redlight.crossed", "stop-n"),
                drive("redlight-stops-at-red", skill, "hard negative: a car stops before the line on red and "
                                + "crosses after the light turns green",
                        highway("up", rl), "  N: [[0, red], [8.5, green]]", 12,
                        List.of(new Drive(List.of(new Key(0.5, 0), new Key(3.5, 0.5), new Key(9, 0.5),
                                new Key(11, 1)))), "redlight.crossed", "stop-n"));
    }

    static List<ScenarioRecipe> wrongWay() {
        String skill = "wrong-way";
        String ww = "wrong-way: {zone: carriageway, direction: up}";
        return List.of(
                new HighwayDrive("wrongway-car-down", skill, "a car drives down the up carriageway",
                        highway("up", ww), null, 8, List.of(HighwayDrive.down(1, 6)),
                        List.of(new Expected("wrongway.detected", "carriageway", 2.5, TOL))),
                new HighwayDrive("wrongway-second-car-down", skill, "one car drives up (fine), then one down",
                        highway("up", ww), null, 14, List.of(HighwayDrive.up(1, 6), HighwayDrive.down(7, 12)),
                        List.of(new Expected("wrongway.detected", "carriageway", 8.5, TOL))),
                new HighwayDrive("wrongway-cars-up", skill, "hard negative: two cars drive up, the right way",
                        highway("up", ww), null, 12, List.of(HighwayDrive.up(1, 6), HighwayDrive.up(5, 10)),
                        List.of()),
                new HighwayDrive("wrongway-pedestrian", skill, "a pedestrian walks up the carriageway, where "
                        + "persons are forbidden",
                        highway("up", "wrong-way: {zone: carriageway, direction: up, forbidden-classes: [person]}"),
                        null, 10, List.of(new Drive(List.of(new Key(1, 0.25), new Key(9, 0.40)), true, 0.12)),
                        List.of(new Expected("wrongway.detected", "carriageway", 1.0, TOL))),
                new HighwayDrive("wrongway-allowed-classes", skill, "hard negative: persons are forbidden, two cars "
                        + "drive up",
                        highway("up", "wrong-way: {zone: carriageway, direction: up, forbidden-classes: [person]}"),
                        null, 12, List.of(HighwayDrive.up(1, 6), HighwayDrive.up(5, 10)), List.of()),
                new RealHighway("wrongway-real-traffic", skill,
                        "hard negative: 15 s of the real highway, every vehicle drives the right way",
                        highway("up", ww), 15),
                new HighwayDrive("wrongway-standing-car", skill, "hard negative: a car stops in the lane for 7 s",
                        highway("up", ww), null, 10,
                        List.of(new Drive(List.of(new Key(0.5, 0), new Key(3, 0.5), new Key(12, 0.5)))),
                        List.of()));
    }

    static List<ScenarioRecipe> onDemand() {
        String skill = "on-demand";
        String od = "on-demand: {zone: wait-n, classes: [car, truck, bus], min-wait: 3s}";
        // the car's bottom enters wait-n (y <= 0.92) at s = 0.2857 and leaves it (y < 0.70) at s = 0.6
        return List.of(
                new HighwayDrive("ondemand-car-waits", skill, "a car stops at the stop line 7 s, then goes",
                        highway("up", od), null, 16,
                        List.of(new Drive(List.of(new Key(0, 0), new Key(2, 0.4), new Key(9, 0.4),
                                new Key(12, 1)))),
                        List.of(new Expected("demand.waiting", "wait-n", 1.43 + 3, TOL),
                                new Expected("demand.cleared", "wait-n", 10.0 + 2, TOL))),
                new HighwayDrive("ondemand-two-waits", skill, "two cars wait at the stop line one after the other",
                        highway("up", od), null, 26,
                        List.of(new Drive(List.of(new Key(0, 0), new Key(2, 0.4), new Key(7, 0.4), new Key(10, 1))),
                                new Drive(List.of(new Key(12, 0), new Key(14, 0.4), new Key(20, 0.4),
                                        new Key(23, 1)))),
                        List.of(new Expected("demand.waiting", "wait-n", 1.43 + 3, TOL),
                                new Expected("demand.cleared", "wait-n", 8.0 + 2, TOL),
                                new Expected("demand.waiting", "wait-n", 13.43 + 3, TOL),
                                new Expected("demand.cleared", "wait-n", 21.0 + 2, TOL))),
                new HighwayDrive("ondemand-passing", skill, "hard negative: a car drives through without stopping",
                        highway("up", od), null, 6, List.of(HighwayDrive.up(1, 4)), List.of()));
    }

    private static HighwayDrive drive(String name, String skill, String comment, String camera, String signals,
                                      double seconds, List<Drive> drives, String type, String line) {
        return drive(name, skill, comment, camera, signals, seconds, drives, type, line, Double.NaN);
    }

    /** Expected: each drive's crossing of the stop line at 0.70 going up (only those before {@code until}). */
    private static HighwayDrive drive(String name, String skill, String comment, String camera, String signals,
                                      double seconds, List<Drive> drives, String type, String line, double until) {
        List<Expected> expected = new ArrayList<>();
        boolean negative = comment.startsWith("hard negative");
        if (!negative) {
            for (Drive d : drives) {
                double t = d.timeAtBottom(0.70);
                if (!Double.isNaN(t) && (Double.isNaN(until) || t < until)) {
                    expected.add(new Expected(type, line, t, TOL));
                }
            }
        }
        return new HighwayDrive(name, skill, comment, camera, signals, seconds, drives, expected);
    }
}
