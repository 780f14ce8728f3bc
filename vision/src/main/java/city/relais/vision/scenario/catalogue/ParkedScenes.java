package city.relais.vision.scenario.catalogue;

import city.relais.vision.scenario.ScenarioRecipe;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Composites on {@code highway-320x240.avi}: the road emptied of traffic and the real car of {@link HighwayDrive}
 * parked in a bay of the carriageway for a while. (The car-park clip {@code parking-lane-topdown.mp4} was tried
 * first: seen from straight above, YOLOX-Nano labels its cars {@code cell phone}.) Parking overstay's shortest
 * maximum is one minute, so these clips last 55–85 s and are analysed at 2 frames/s.
 */
final class ParkedScenes implements ScenarioRecipe {

    static final double FPS = 4;
    private static final String ZONE = HighwayDrive.LANE;

    /** A car parked at {@code s} along the carriageway, {@code dx} across it, from t0 to t1. */
    record Parked(double s, double dx, double t0, double t1) {
    }

    private final String name;
    private final String comment;
    private final double seconds;
    private final List<Parked> cars;
    private final List<Expected> expected;

    ParkedScenes(String name, String comment, double seconds, List<Parked> cars, List<Expected> expected) {
        this.name = name;
        this.comment = comment;
        this.seconds = seconds;
        this.cars = List.copyOf(cars);
        this.expected = List.copyOf(expected);
    }

    static List<ScenarioRecipe> all() {
        return List.of(
                new ParkedScenes("parking-overstay", "a car parked 73 s in the lane; max 1 min", 78,
                        List.of(new Parked(0.35, 0, 2, 78)),
                        List.of(new Expected("parking.overstay", "bay", 62, 4))),
                new ParkedScenes("parking-one-of-two", "one car parks 73 s (overstays), another 30 s (leaves)", 78,
                        List.of(new Parked(0.35, 0, 2, 78), new Parked(0.65, -0.10, 10, 40)),
                        List.of(new Expected("parking.overstay", "bay", 62, 4))),
                new ParkedScenes("parking-brief-stop", "hard negative: a car stops 45 s, under the 1 min maximum",
                        55, List.of(new Parked(0.45, 0, 5, 50)), List.of()),
                new ParkedScenes("parking-moves-spot", "hard negative: a car parks 40 s, moves to another spot, "
                        + "parks 40 s", 84, List.of(new Parked(0.30, 0, 2, 42), new Parked(0.65, 0, 43, 83)),
                        List.of()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String skill() {
        return "parking-overstay";
    }

    @Override
    public boolean negative() {
        return expected.isEmpty();
    }

    @Override
    public void write(Path folder, Path shared) throws IOException {
        Scenery scenery = Scenery.highway(Footage.clip(shared, HighwayDrive.CLIP));
        Mat lane = scenery.background();
        String clip = name + ".avi";
        try (ClipOut out = new ClipOut(folder.resolve(clip), lane.cols(), lane.rows(), FPS)) {
            int n = (int) Math.round(seconds * FPS);
            for (int i = 0; i < n; i++) {
                double t = i / FPS;
                Mat frame = lane.clone();
                for (Parked p : cars) {
                    if (t >= p.t0() && t < p.t1()) {
                        Footage.paste(frame, scenery.car(), HighwayDrive.centreX(p.s()) + p.dx(),
                                HighwayDrive.bottom(p.s()), HighwayDrive.scale(p.s()));
                    }
                }
                out.write(frame);
                frame.close();
            }
        }
        String camera = """
                  id: bay-cam
                  analysis-fps: 2
                  zones:
                    bay: %s
                  skills:
                    - parking-overstay: {zone: bay, max-stationary: 1min}
                """.formatted(ZONE);
        ScenarioFile.write(folder, name, clip, comment, camera, null, null, expected);
    }
}
