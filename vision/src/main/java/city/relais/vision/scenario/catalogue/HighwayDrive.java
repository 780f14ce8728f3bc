package city.relais.vision.scenario.catalogue;

import city.relais.vision.scenario.ScenarioRecipe;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A composite on {@code highway-320x240.avi}: the road emptied (per-pixel median of the clip) and a real car, cut
 * from frame 60 of the clip (its rear, 54×54 px), driven along the right-hand carriageway by keyframes: up the image
 * (away from the camera, the carriageway's direction), down it (the wrong way), stopping where told. The car is
 * scaled with the road's perspective. Expected events come from the keyframes: the time the car's bottom edge crosses
 * a line, or enters a zone.
 */
final class HighwayDrive implements ScenarioRecipe {

    static final String CLIP = "highway-320x240.avi";
    static final double FPS = 10;

    /** Position along the carriageway: 0 = under the bottom edge, 1 = far up; at time {@code t}, seconds. */
    record Key(double t, double s) {
    }

    /**
     * One road user: its keyframes (visible from the first to the last); a car, or a pedestrian (a real person cut
     * from {@code TUD-Stadtmitte.mp4}) {@code dx} across from the car's line.
     */
    record Drive(List<Key> keys, boolean pedestrian, double dx) {

        Drive {
            keys = List.copyOf(keys);
        }

        Drive(List<Key> keys) {
            this(keys, false, 0);
        }

        boolean visible(double t) {
            return t >= keys.get(0).t() && t <= keys.get(keys.size() - 1).t();
        }

        double s(double t) {
            for (int i = 0; i + 1 < keys.size(); i++) {
                Key a = keys.get(i);
                Key b = keys.get(i + 1);
                if (t <= b.t()) {
                    return b.t() == a.t() ? b.s() : a.s() + (b.s() - a.s()) * (t - a.t()) / (b.t() - a.t());
                }
            }
            return keys.get(keys.size() - 1).s();
        }

        /** The first time the car's bottom edge passes image height {@code y} (either way), or NaN. */
        double timeAtBottom(double y) {
            for (int i = 0; i + 1 < keys.size(); i++) {
                double b1 = bottom(keys.get(i).s());
                double b2 = bottom(keys.get(i + 1).s());
                if ((b1 - y) * (b2 - y) <= 0 && b1 != b2) {
                    Key a = keys.get(i);
                    Key b = keys.get(i + 1);
                    return a.t() + (b.t() - a.t()) * (b1 - y) / (b1 - b2);
                }
            }
            return Double.NaN;
        }
    }

    static double bottom(double s) {
        return 1.12 - 0.70 * s;
    }

    static double centreX(double s) {
        return 0.55 + 0.25 * s;
    }

    static double scale(double s) {
        double b = bottom(s);
        return Math.max(0.45, Math.min(1.1, 0.6 + 0.4 * (b - 0.43) / 0.44));
    }

    /** The right-hand carriageway (normalised polygon, YAML). */
    static final String LANE = "[[0.30, 1.0], [0.92, 1.0], [0.86, 0.40], [0.70, 0.40]]";

    private final String name;
    private final String skill;
    private final String comment;
    private final String camera;
    private final String signals;
    private final double seconds;
    private final List<Drive> drives;
    private final List<Expected> expected;

    HighwayDrive(String name, String skill, String comment, String camera, String signals, double seconds,
                 List<Drive> drives, List<Expected> expected) {
        this.name = name;
        this.skill = skill;
        this.comment = comment;
        this.camera = camera;
        this.signals = signals;
        this.seconds = seconds;
        this.drives = List.copyOf(drives);
        this.expected = List.copyOf(expected);
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
        return expected.isEmpty();
    }

    List<Expected> expected() {
        return expected;
    }

    @Override
    public void write(Path folder, Path shared) throws IOException {
        Scenery scenery = Scenery.highway(Footage.clip(shared, CLIP));
        String clip = name + ".avi";
        Mat road = scenery.background();
        Mat walker = drives.stream().anyMatch(Drive::pedestrian) ? Scenery.walker(shared) : null;
        try (ClipOut out = new ClipOut(folder.resolve(clip), road.cols(), road.rows(), FPS)) {
            int n = (int) Math.round(seconds * FPS);
            for (int i = 0; i < n; i++) {
                double t = i / FPS;
                Mat frame = road.clone();
                for (Drive d : drives) {
                    if (d.visible(t)) {
                        double s = d.s(t);
                        if (d.pedestrian()) {
                            Footage.paste(frame, walker, centreX(s) + d.dx(), bottom(s), 0.45 * scale(s));
                        } else {
                            Footage.paste(frame, scenery.car(), centreX(s) + d.dx(), bottom(s), scale(s));
                        }
                    }
                }
                out.write(frame);
                frame.close();
            }
        }
        ScenarioFile.write(folder, name, clip, comment, camera, signals, null, expected);
    }

    /** A drive up the carriageway (its right direction) from s0 at t0 to s1 at t1. */
    static Drive up(double t0, double t1) {
        return new Drive(List.of(new Key(t0, 0), new Key(t1, 1)));
    }

    /** A drive down the carriageway (the wrong way). */
    static Drive down(double t0, double t1) {
        return new Drive(List.of(new Key(t0, 1), new Key(t1, 0)));
    }
}
