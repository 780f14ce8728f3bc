package city.relais.config.camera;

import java.util.List;
import java.util.Objects;

/**
 * A line or polyline drawn on the image (stop line, counting line), at least 2 points.
 *
 * @param points    2 points for a straight line, more for a polyline
 * @param direction the crossing direction that counts; {@link Direction#ANY} (default) counts both
 */
public record Line(List<Point> points, Direction direction) {

    public static final int MIN_POINTS = 2;

    public Line {
        points = List.copyOf(points);
        Objects.requireNonNull(direction, "direction");
        if (points.size() < MIN_POINTS) {
            throw new IllegalArgumentException("a line needs at least 2 points");
        }
    }
}
