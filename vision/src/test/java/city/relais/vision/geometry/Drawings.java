package city.relais.vision.geometry;

import city.relais.config.camera.Direction;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: drawings from plain numbers. */
public final class Drawings {

    private Drawings() {
    }

    public static Polygon polygon(double... xy) {
        return new Polygon(points(xy));
    }

    static Line line(Direction direction, double... xy) {
        return new Line(points(xy), direction);
    }

    public static Polygon rect(double x1, double y1, double x2, double y2) {
        return polygon(x1, y1, x2, y1, x2, y2, x1, y2);
    }

    private static List<Point> points(double... xy) {
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            pts.add(new Point(xy[i], xy[i + 1]));
        }
        return pts;
    }
}
