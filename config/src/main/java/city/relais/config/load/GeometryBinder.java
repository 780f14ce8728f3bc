package city.relais.config.load;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.Direction;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.load.Fields.Item;
import city.relais.config.load.YamlNode.Mapping;

import java.util.ArrayList;
import java.util.List;

/** Reads what is drawn on an image: points {@code [x, y]} normalised 0..1, polygons, lines, calibration pairs. */
final class GeometryBinder {

    private static final Range UNIT = Range.closed(0, 1);
    private static final Range METRES = Range.closed(-100_000, 100_000);

    private final BindContext ctx;

    GeometryBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    /** A polygon of at least 3 points; null after a problem. */
    Polygon polygon(YamlNode node, String path, String what) {
        List<Point> points = points(node, path, Polygon.MIN_POINTS, what);
        return points == null ? null : new Polygon(points);
    }

    /** {@code {points: [...], direction: down}} or a bare list of points (direction any); null after a problem. */
    Line line(YamlNode node, String path) {
        if (!(node instanceof Mapping)) {
            List<Point> points = points(node, path, Line.MIN_POINTS, "a line");
            return points == null ? null : new Line(points, Direction.ANY);
        }
        Fields f = ctx.fields(node, path);
        YamlNode pointsNode = f.require("points");
        List<Point> points = pointsNode == null ? null
                : points(pointsNode, f.pathOf("points"), Line.MIN_POINTS, "a line");
        Direction direction = f.choice("direction", Direction.ANY, Direction.class);
        f.finish();
        return points == null ? null : new Line(points, direction);
    }

    /** {@code {image: [x, y], ground: [x_m, y_m]}}; null after a problem. */
    CalibrationPoint calibrationPoint(YamlNode node, String path) {
        Fields f = ctx.fields(node, path);
        YamlNode image = f.require("image");
        YamlNode ground = f.require("ground");
        Point imagePoint = image == null ? null : point(image, f.pathOf("image"));
        double[] groundXy = ground == null ? null : pair(ground, f.pathOf("ground"), METRES);
        f.finish();
        if (imagePoint == null || groundXy == null) {
            return null;
        }
        return new CalibrationPoint(imagePoint, new GroundPoint(groundXy[0], groundXy[1]));
    }

    private List<Point> points(YamlNode node, String path, int min, String what) {
        if (!(node instanceof YamlNode.Sequence)) {
            ctx.problems().add(path, node.line(), "expected a list of points [[x, y], ...], got "
                    + Values.describe(node));
            return null;
        }
        List<Item> items = Fields.items(node, path, ctx.problems());
        List<Point> points = new ArrayList<>();
        for (Item item : items) {
            Point point = point(item.node(), item.path());
            if (point != null) {
                points.add(point);
            }
        }
        if (points.size() != items.size()) {
            return null;
        }
        if (points.size() < min) {
            ctx.problems().add(path, node.line(), what + " needs at least " + min + " points [x, y], got "
                    + points.size());
            return null;
        }
        return points;
    }

    private Point point(YamlNode node, String path) {
        double[] xy = pair(node, path, UNIT);
        return xy == null ? null : new Point(xy[0], xy[1]);
    }

    private double[] pair(YamlNode node, String path, Range range) {
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().size() != 2) {
            ctx.problems().add(path, node.line(), "expected a point [x, y], got " + Values.describe(node));
            return null;
        }
        int before = ctx.problems().count();
        double x = Values.number(sequence.items().get(0), KeyPath.item(path, 0), ctx.problems(), 0, range);
        double y = Values.number(sequence.items().get(1), KeyPath.item(path, 1), ctx.problems(), 0, range);
        return ctx.problems().count() == before ? new double[] {x, y} : null;
    }
}
