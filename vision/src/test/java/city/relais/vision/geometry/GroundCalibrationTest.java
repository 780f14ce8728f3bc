package city.relais.vision.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundCalibrationTest {

    /** A projective camera: ground = H · image, H known. */
    private static final double[] H = {30, 4, -2, 1, 50, 3, 0.2, 0.9, 1};

    private static GroundPoint project(double x, double y) {
        double w = H[6] * x + H[7] * y + H[8];
        return new GroundPoint((H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w);
    }

    private static CalibrationPoint pair(double x, double y) {
        return new CalibrationPoint(new Point(x, y), project(x, y));
    }

    private static List<CalibrationPoint> pairs(double... xy) {
        List<CalibrationPoint> list = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            list.add(pair(xy[i], xy[i + 1]));
        }
        return list;
    }

    @Test
    void recovers_a_perspective_from_four_pairs() {
        GroundCalibration c = GroundCalibration.fit(pairs(0.1, 0.5, 0.9, 0.5, 0.95, 0.95, 0.05, 0.95));
        GroundPoint g = c.toGround(new ImagePoint(0.4, 0.7));
        GroundPoint expected = project(0.4, 0.7);
        assertThat(g.x()).isCloseTo(expected.x(), offset(1e-6));
        assertThat(g.y()).isCloseTo(expected.y(), offset(1e-6));
        assertThat(c.reprojectionError()).isLessThan(1e-6);
    }

    @Test
    void measures_metres_and_speeds_at_the_bottom_centre() {
        List<CalibrationPoint> scale = List.of(
                new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
                new CalibrationPoint(new Point(1, 0), new GroundPoint(20, 0)),
                new CalibrationPoint(new Point(1, 1), new GroundPoint(20, 10)),
                new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 10)),
                new CalibrationPoint(new Point(0.5, 0.5), new GroundPoint(10, 5)));
        GroundCalibration c = GroundCalibration.fit(scale);
        Box a = new Box(0.1, 0.1, 0.2, 0.3);   // feet at (0.2, 0.4) -> (4 m, 4 m)
        Box b = new Box(0.3, 0.2, 0.2, 0.5);   // feet at (0.4, 0.7) -> (8 m, 7 m)
        assertThat(c.toGround(a).x()).isCloseTo(4, offset(1e-6));
        assertThat(c.distance(a, b)).isCloseTo(5, offset(1e-6));
        assertThat(c.speed(a, b, 2)).isCloseTo(2.5, offset(1e-6));
    }

    @Test
    void refuses_too_few_or_degenerate_pairs() {
        assertThatThrownBy(() -> GroundCalibration.fit(pairs(0.1, 0.1, 0.2, 0.2, 0.3, 0.9)))
                .hasMessageContaining("at least 4");
        assertThatThrownBy(() -> GroundCalibration.fit(pairs(0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degenerate");
    }
}
