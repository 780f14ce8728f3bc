package city.relais.vision.geometry;

import city.relais.config.camera.Direction;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named line or polyline drawn on the image with the crossing direction that counts. The direction of one crossing
 * is the image direction of the motion across the crossed segment: {@code UP}/{@code DOWN} for a mostly horizontal
 * segment, {@code LEFT}/{@code RIGHT} for a mostly vertical one.
 */
public final class DirectedLine {

    private final String name;
    private final List<Point> points;
    private final Direction counted;

    public DirectedLine(String name, Line drawn) {
        this.name = Objects.requireNonNull(name, "name");
        this.points = drawn.points();
        this.counted = drawn.direction();
    }

    public String name() {
        return name;
    }

    /** The direction that counts ({@link Direction#ANY} for both). */
    public Direction counted() {
        return counted;
    }

    /**
     * The direction in which a move from {@code from} to {@code to} crosses this line, or empty when it does not
     * cross. Touching the line without passing it (ending exactly on it) is no crossing; starting on it and leaving
     * is one.
     */
    public Optional<Direction> crossing(ImagePoint from, ImagePoint to) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Optional<Direction> d = crossSegment(points.get(i), points.get(i + 1), from, to);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** True when a crossing in this direction counts. */
    public boolean counts(Direction crossed) {
        return counted == Direction.ANY || counted == crossed;
    }

    private static Optional<Direction> crossSegment(Point a, Point b, ImagePoint p, ImagePoint q) {
        double sx = b.x() - a.x();
        double sy = b.y() - a.y();
        double before = cross(sx, sy, p.x() - a.x(), p.y() - a.y());
        double after = cross(sx, sy, q.x() - a.x(), q.y() - a.y());
        if (after == 0 || (before > 0) == (after > 0) && before != 0) {
            return Optional.empty();
        }
        // the move's own line must separate the segment's ends (or touch one)
        double mx = q.x() - p.x();
        double my = q.y() - p.y();
        double ea = cross(mx, my, a.x() - p.x(), a.y() - p.y());
        double eb = cross(mx, my, b.x() - p.x(), b.y() - p.y());
        if (ea != 0 && eb != 0 && (ea > 0) == (eb > 0)) {
            return Optional.empty();
        }
        return Optional.of(direction(sx, sy, mx, my));
    }

    private static Direction direction(double sx, double sy, double mx, double my) {
        double nx = -sy;
        double ny = sx;
        double along = mx * nx + my * ny;
        double dx = Math.signum(along) * nx;
        double dy = Math.signum(along) * ny;
        if (Math.abs(nx) > Math.abs(ny)) {
            return dx > 0 ? Direction.RIGHT : Direction.LEFT;
        }
        return dy > 0 ? Direction.DOWN : Direction.UP;
    }

    private static double cross(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }
}
