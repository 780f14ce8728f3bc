package city.relais.vision.geometry;

import city.relais.models.Detection;

/**
 * An axis-aligned box on the image, normalised 0..1: {@code x, y} top-left corner, {@code w, h} size.
 */
public record Box(double x, double y, double w, double h) {

    public Box {
        if (!(Double.isFinite(x) && Double.isFinite(y) && w >= 0 && h >= 0 && Double.isFinite(w)
                && Double.isFinite(h))) {
            throw new IllegalArgumentException("box needs finite x, y and sizes >= 0, got " + x + ", " + y + ", "
                    + w + ", " + h);
        }
    }

    /** The box of a detection. */
    public static Box of(Detection d) {
        return new Box(d.x(), d.y(), d.w(), d.h());
    }

    /** A box from its centre and size. */
    public static Box ofCentre(double cx, double cy, double w, double h) {
        return new Box(cx - w / 2, cy - h / 2, Math.max(0, w), Math.max(0, h));
    }

    public double x2() {
        return x + w;
    }

    public double y2() {
        return y + h;
    }

    public double centreX() {
        return x + w / 2;
    }

    public double centreY() {
        return y + h / 2;
    }

    /** The point zones and lines test: the middle of the bottom edge (where the object touches the ground). */
    public ImagePoint bottomCentre() {
        return new ImagePoint(x + w / 2, y + h);
    }

    /** Intersection over union (0 when either box is empty). */
    public double iou(Box o) {
        return Detection.iou(x, y, x2(), y2(), o.x, o.y, o.x2(), o.y2());
    }

    /** The same box clipped to the frame 0..1. */
    public Box clipped() {
        double cx1 = clamp(x);
        double cy1 = clamp(y);
        return new Box(cx1, cy1, Math.max(0, clamp(x2()) - cx1), Math.max(0, clamp(y2()) - cy1));
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }
}
