package city.relais.vision.geometry;

import city.relais.config.camera.Polygon;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/** A named zone drawn on the image (normalised 0..1). Points on the boundary count as inside. Thread-safe. */
public final class Zone {

    private final String name;
    private final Geometry shape;
    private final IndexedPointInAreaLocator locator;
    private final List<ImagePoint> outline;

    public Zone(String name, Polygon drawn) {
        this.name = Objects.requireNonNull(name, "name");
        this.shape = Shapes.polygon(Objects.requireNonNull(drawn, "drawn"));
        this.locator = new IndexedPointInAreaLocator(shape);
        this.outline = drawn.points().stream().map(p -> new ImagePoint(p.x(), p.y())).toList();
    }

    public String name() {
        return name;
    }

    /** True when the point lies inside the zone or on its edge. */
    public synchronized boolean contains(ImagePoint p) {
        return locator.locate(new Coordinate(p.x(), p.y())) != Location.EXTERIOR;
    }

    /** True when the box's bottom-centre lies in the zone (the rule for membership). */
    public boolean contains(Box box) {
        return contains(box.bottomCentre());
    }

    /** The corners as drawn (normalised, not closed: the last corner joins the first), e.g. to draw the zone. */
    public List<ImagePoint> outline() {
        return outline;
    }

    /** Area in normalised units (1 = the whole frame). */
    public double area() {
        return shape.getArea();
    }

    @Override
    public String toString() {
        return "Zone[" + name + "]";
    }
}
