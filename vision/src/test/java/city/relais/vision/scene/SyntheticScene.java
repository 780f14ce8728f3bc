package city.relais.vision.scene;

import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test fixture: a procedural scene with known ground truth. Objects move at constant velocity (or stand still);
 * each frame yields the detections an ideal-but-noisy detector would give (seeded jitter, occlusion gaps with no
 * detection, frames with a low score) and can be rendered as a BGR image (grey noisy background, day or night).
 */
public final class SyntheticScene {

    /** One object of the scene; velocities in normalised units per frame. */
    public static final class Thing {
        final int id;
        final String label;
        final Box start;
        final double vx;
        final double vy;
        final int from;
        final int to;
        final Set<Integer> hidden = new HashSet<>();
        final Set<Integer> faint = new HashSet<>();
        final Map<Integer, String> relabel = new HashMap<>();
        double score = 0.85;

        Thing(int id, String label, Box start, double vx, double vy, int from, int to) {
            this.id = id;
            this.label = label;
            this.start = start;
            this.vx = vx;
            this.vy = vy;
            this.from = from;
            this.to = to;
        }

        /** No detection in frames {@code a..b} (occlusion). */
        public Thing hiddenBetween(int a, int b) {
            for (int f = a; f <= b; f++) {
                hidden.add(f);
            }
            return this;
        }

        /** Low-score detections (0.3) in frames {@code a..b} (partial occlusion). */
        public Thing faintBetween(int a, int b) {
            for (int f = a; f <= b; f++) {
                faint.add(f);
            }
            return this;
        }

        /** Another label in frame {@code f} (a detector's class flicker). */
        public Thing labelledAt(int f, String other) {
            relabel.put(f, other);
            return this;
        }

        public Thing scoring(double s) {
            this.score = s;
            return this;
        }

        Box boxAt(int f) {
            return new Box(start.x() + vx * (f - from), start.y() + vy * (f - from), start.w(), start.h());
        }

        boolean present(int f) {
            return f >= from && f <= to;
        }
    }

    /** What one frame holds: detections and the true boxes by object id. */
    public record Frame(int index, double time, List<Detection> detections, Map<Integer, Box> truth) {
    }

    private final List<Thing> things = new ArrayList<>();
    private final double fps;
    private final double jitter;
    private final long seed;

    public SyntheticScene(double fps, double jitter, long seed) {
        this.fps = fps;
        this.jitter = jitter;
        this.seed = seed;
    }

    public Thing add(String label, Box start, double vx, double vy, int from, int to) {
        Thing t = new Thing(things.size() + 1, label, start, vx, vy, from, to);
        things.add(t);
        return t;
    }

    /** Frames {@code 0..count-1}. */
    public List<Frame> frames(int count) {
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            List<Detection> dets = new ArrayList<>();
            Map<Integer, Box> truth = new HashMap<>();
            for (Thing t : things) {
                if (!t.present(f)) {
                    continue;
                }
                Box b = t.boxAt(f).clipped();
                truth.put(t.id, b);
                if (!t.hidden.contains(f) && b.w() > 0 && b.h() > 0) {
                    dets.add(detection(t, f, b, random));
                }
            }
            frames.add(new Frame(f, f / fps, dets, truth));
        }
        return frames;
    }

    private Detection detection(Thing t, int f, Box b, Random random) {
        double s = t.faint.contains(f) ? 0.3 : t.score;
        double dx = random.nextGaussian() * jitter * b.w();
        double dy = random.nextGaussian() * jitter * b.h();
        String label = t.relabel.getOrDefault(f, t.label);
        return Detection.ofCorners(label, 0, s, b.x() + dx, b.y() + dy, b.x2() + dx, b.y2() + dy);
    }

    /**
     * Renders frame {@code f}: a grey background with seeded sensor noise ({@code night}: dark and noisier), each
     * visible object a bright filled rectangle.
     */
    public ImageFrame render(int f, int width, int height, boolean night) {
        Random random = new Random(seed * 31 + f);
        byte[] bgr = new byte[width * height * 3];
        int base = night ? 25 : 120;
        int noise = night ? 6 : 3;
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) Math.max(0, Math.min(255, base + random.nextInt(2 * noise + 1) - noise));
        }
        for (Thing t : things) {
            if (t.present(f) && !t.hidden.contains(f)) {
                fill(bgr, width, height, t.boxAt(f).clipped(), night ? 200 : 230);
            }
        }
        return new ImageFrame(width, height, bgr);
    }

    private static void fill(byte[] bgr, int width, int height, Box b, int value) {
        int x1 = (int) Math.round(b.x() * width);
        int x2 = (int) Math.round(b.x2() * width);
        int y1 = (int) Math.round(b.y() * height);
        int y2 = (int) Math.round(b.y2() * height);
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                int i = (y * width + x) * 3;
                bgr[i] = (byte) value;
                bgr[i + 1] = (byte) (value - 40);
                bgr[i + 2] = (byte) (value - 80);
            }
        }
    }
}
