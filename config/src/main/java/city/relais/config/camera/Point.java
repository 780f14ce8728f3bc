package city.relais.config.camera;

/**
 * A point on the camera image, normalised: x 0..1 left to right, y 0..1 top to bottom.
 */
public record Point(double x, double y) {

    public Point {
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            throw new IllegalArgumentException("image coordinates are normalised 0..1: " + x + ", " + y);
        }
    }
}
