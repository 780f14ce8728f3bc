package city.relais.models;

/**
 * One detected object. The box is normalised to the original frame: {@code x, y} is the top-left corner, {@code w, h}
 * the size, all within 0..1 and {@code x + w <= 1}, {@code y + h <= 1}.
 *
 * @param label      class name from the model's label set, e.g. {@code person}
 * @param classIndex index of the label in the model's label set
 * @param score      confidence 0..1
 */
public record Detection(String label, int classIndex, double score, double x, double y, double w, double h) {

    private static final double EPS = 1e-9;

    public Detection {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
        if (!(x >= 0 && y >= 0 && w >= 0 && h >= 0 && x + w <= 1 + EPS && y + h <= 1 + EPS)) {
            throw new IllegalArgumentException("box must be normalised within 0..1, got x=" + x + " y=" + y
                    + " w=" + w + " h=" + h);
        }
    }

    /** A detection from corner coordinates (normalised, possibly outside the frame), clamped to 0..1. */
    public static Detection ofCorners(String label, int classIndex, double score,
                                      double x1, double y1, double x2, double y2) {
        double cx1 = clamp(Math.min(x1, x2));
        double cy1 = clamp(Math.min(y1, y2));
        double cx2 = clamp(Math.max(x1, x2));
        double cy2 = clamp(Math.max(y1, y2));
        return new Detection(label, classIndex, score, cx1, cy1, cx2 - cx1, cy2 - cy1);
    }

    /** Right edge, normalised. */
    public double x2() {
        return x + w;
    }

    /** Bottom edge, normalised. */
    public double y2() {
        return y + h;
    }

    /** Intersection over union with another box (0 when either box is empty). */
    public double iou(Detection other) {
        return iou(x, y, x2(), y2(), other.x, other.y, other.x2(), other.y2());
    }

    /** Intersection over union of two boxes given by corners. */
    public static double iou(double ax1, double ay1, double ax2, double ay2,
                             double bx1, double by1, double bx2, double by2) {
        double iw = Math.min(ax2, bx2) - Math.max(ax1, bx1);
        double ih = Math.min(ay2, by2) - Math.max(ay1, by1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        double union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter;
        return union <= 0 ? 0 : inter / union;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
