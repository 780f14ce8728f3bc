package city.relais.config.camera;

import java.util.List;

/** A closed shape drawn on the image (zone or privacy mask), at least 3 points. */
public record Polygon(List<Point> points) {

    public static final int MIN_POINTS = 3;

    public Polygon {
        points = List.copyOf(points);
        if (points.size() < MIN_POINTS) {
            throw new IllegalArgumentException("a polygon needs at least 3 points");
        }
    }
}
