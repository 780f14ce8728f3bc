package city.relais.vision.geometry;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Conversion of the config's normalised drawings to JTS geometry (package internal). */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private Shapes() {
    }

    /** A valid JTS polygon from a drawn polygon; a self-intersecting drawing is repaired (buffer 0). */
    static Geometry polygon(Polygon drawn) {
        List<Point> pts = drawn.points();
        Coordinate[] ring = new Coordinate[pts.size() + 1];
        for (int i = 0; i < pts.size(); i++) {
            ring[i] = new Coordinate(pts.get(i).x(), pts.get(i).y());
        }
        ring[pts.size()] = ring[0];
        Geometry poly = FACTORY.createPolygon(ring);
        return poly.isValid() ? poly : poly.buffer(0);
    }

    static org.locationtech.jts.geom.Point point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }
}
