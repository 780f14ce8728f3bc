package city.relais.vision.skill.catalogue;

import city.relais.config.camera.Direction;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.vision.geometry.DirectedLine;
import java.util.List;

/** Test fixture: a horizontal line across the image. */
final class Lines {

    private Lines() {
    }

    static DirectedLine horizontal(String name, double y, Direction counted) {
        return new DirectedLine(name, new Line(List.of(new Point(0, y), new Point(1, y)), counted));
    }
}
