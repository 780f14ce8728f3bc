package city.relais.vision.scenario.catalogue;

import city.relais.vision.geometry.Box;
import city.relais.vision.scenario.ScenarioRecipe;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A composite on {@code TUD-Stadtmitte.mp4} (real pedestrians, 640×480, 25 fps, with MOT ground truth): the clip
 * played forward, or forward and back again (ping-pong) to last longer, every second frame (12.5 fps), optionally
 * with a real person cut from the clip pasted standing still somewhere for a while. The expected events are computed
 * from the ground truth of the frames written (and the pasted person's box) by {@code truth}.
 */
final class StreetPersons implements ScenarioRecipe {

    static final String CLIP = "TUD-Stadtmitte.mp4";
    static final double FPS = 12.5;
    private static final int SOURCE_FRAMES = 179;
    private static final int PASTED_ID = 1000;

    /** A person cut from the clip (id's ground-truth box at a source frame), pasted standing from t0 to t1. */
    record Paste(int id, int sourceFrame, double cx, double bottom, double scale, double t0, double t1) {
    }

    private final String name;
    private final String skill;
    private final boolean negative;
    private final String comment;
    private final String camera;
    private final String start;
    private final double seconds;
    private final boolean pingPong;
    private final Paste paste;
    private final Function<StreetTruth, List<Expected>> truth;

    StreetPersons(String name, String skill, boolean negative, String comment, String camera, String start,
                  double seconds, boolean pingPong, Paste paste, Function<StreetTruth, List<Expected>> truth) {
        this.name = name;
        this.skill = skill;
        this.negative = negative;
        this.comment = comment;
        this.camera = camera;
        this.start = start;
        this.seconds = seconds;
        this.pingPong = pingPong;
        this.paste = paste;
        this.truth = truth;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String skill() {
        return skill;
    }

    @Override
    public boolean negative() {
        return negative;
    }

    /** Source frame (0-based) of output frame {@code i}. */
    private int source(int i) {
        int k = 2 * i;
        if (!pingPong) {
            return Math.min(k, SOURCE_FRAMES - 1);
        }
        int period = 2 * (SOURCE_FRAMES - 1);
        int m = k % period;
        return m < SOURCE_FRAMES ? m : period - m;
    }

    @Override
    public void write(Path folder, Path shared) throws IOException {
        Path video = Footage.clip(shared, CLIP);
        Map<Integer, Map<Integer, Box>> gt = StreetTruth.read(Footage.clip(shared, "TUD-Stadtmitte.gt.txt"), 640, 480);
        List<Mat> src = Footage.frames(video, 0, SOURCE_FRAMES - 1);
        int n = (int) Math.round(seconds * FPS);
        if (!pingPong) {
            n = Math.min(n, (SOURCE_FRAMES + 1) / 2);
        }
        Mat person = null;
        Box pastedBox = null;
        if (paste != null) {
            Box b = gt.get(paste.sourceFrame()).get(paste.id());
            int x = (int) Math.round(b.x() * 640);
            int y = (int) Math.round(b.y() * 480);
            person = Footage.crop(src.get(paste.sourceFrame()), x, y, (int) Math.round(b.w() * 640),
                    Math.min(480 - y, (int) Math.round(b.h() * 480)));
            double w = person.cols() * paste.scale() / 640;
            double h = person.rows() * paste.scale() / 480;
            pastedBox = new Box(paste.cx() - w / 2, paste.bottom() - h, w, h);
        }
        List<Map<Integer, Box>> persons = new ArrayList<>();
        String clip = name + ".avi";
        try (ClipOut out = new ClipOut(folder.resolve(clip), 640, 480, FPS)) {
            for (int i = 0; i < n; i++) {
                double t = i / FPS;
                int s = source(i);
                Mat frame = src.get(s).clone();
                Map<Integer, Box> here = new LinkedHashMap<>(gt.getOrDefault(s, Map.of()));
                if (paste != null && t >= paste.t0() && t < paste.t1()) {
                    Footage.paste(frame, person, paste.cx(), paste.bottom(), paste.scale());
                    here.put(PASTED_ID, pastedBox);
                }
                persons.add(here);
                out.write(frame);
                frame.close();
            }
        } finally {
            src.forEach(Mat::close);
        }
        List<Expected> expected = truth.apply(new StreetTruth(persons, FPS));
        if (negative != expected.isEmpty()) {
            throw new IllegalStateException("scenario " + name + " is declared " + (negative ? "" : "not ")
                    + "negative but its ground truth gives " + expected.size() + " event(s): " + expected);
        }
        ScenarioFile.write(folder, name, clip, comment, camera, null, start, expected);
    }
}
