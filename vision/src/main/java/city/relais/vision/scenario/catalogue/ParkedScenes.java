package city.relais.vision.scenario.catalogue;

import city.relais.vision.scenario.ScenarioRecipe;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Composites on {@code parking-lane-topdown.mp4}: the empty lane of frame 0 and the real grey car of frame 200 (seen
 * from above) pasted parked at a spot for a while. Parking overstay's shortest maximum is one minute, so these clips
 * last 50–80 s and are analysed at 2 frames/s.
 */
final class ParkedScenes implements ScenarioRecipe {

    static final String CLIP = "parking-lane-topdown.mp4";
    static final double FPS = 4;
    private static final String ZONE = "[[0.05, 0.25], [0.95, 0.25], [0.95, 1.0], [0.05, 1.0]]";

    /** A car parked with its bottom-centre at (cx, bottom) from t0 to t1. */
    record Parked(double cx, double bottom, double t0, double t1) {
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
                        List.of(new Parked(0.30, 0.85, 2, 78)),
                        List.of(new Expected("parking.overstay", "lane", 62, 4))),
                new ParkedScenes("parking-one-of-two", "one car parks 73 s (overstays), another 30 s (leaves)", 78,
                        List.of(new Parked(0.28, 0.85, 2, 78), new Parked(0.72, 0.90, 10, 40)),
                        List.of(new Expected("parking.overstay", "lane", 62, 4))),
                new ParkedScenes("parking-brief-stop", "hard negative: a car stops 45 s, under the 1 min maximum",
                        55, List.of(new Parked(0.50, 0.85, 5, 50)), List.of()),
                new ParkedScenes("parking-moves-spot", "hard negative: a car parks 40 s, moves to another spot, "
                        + "parks 40 s", 84, List.of(new Parked(0.28, 0.85, 2, 42), new Parked(0.70, 0.85, 43, 83)),
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
        Scenery scenery = Scenery.parking(Footage.clip(shared, CLIP));
        Mat lane = scenery.background();
        String clip = name + ".avi";
        try (ClipOut out = new ClipOut(folder.resolve(clip), lane.cols(), lane.rows(), FPS)) {
            int n = (int) Math.round(seconds * FPS);
            for (int i = 0; i < n; i++) {
                double t = i / FPS;
                Mat frame = lane.clone();
                for (Parked p : cars) {
                    if (t >= p.t0() && t < p.t1()) {
                        Footage.paste(frame, scenery.car(), p.cx(), p.bottom(), 1.0);
                    }
                }
                out.write(frame);
                frame.close();
            }
        }
        String camera = """
                  id: car-park
                  analysis-fps: 2
                  zones:
                    lane: %s
                  skills:
                    - parking-overstay: {zone: lane, max-stationary: 1min}
                """.formatted(ZONE);
        ScenarioFile.write(folder, name, clip, comment, camera, null, null, expected);
    }
}
