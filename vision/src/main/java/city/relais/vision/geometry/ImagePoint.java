package city.relais.vision.geometry;

/** A point on the image in normalised coordinates (may lie slightly outside 0..1 for predicted boxes). */
public record ImagePoint(double x, double y) {

    public ImagePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point must be finite, got " + x + ", " + y);
        }
    }

    /** Euclidean distance in normalised image units. */
    public double distance(ImagePoint o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
