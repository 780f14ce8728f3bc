package city.relais.vision.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Direction;
import org.junit.jupiter.api.Test;

class DirectedLineTest {

    private final DirectedLine stop = new DirectedLine("stop", Drawings.line(Direction.DOWN, 0.1, 0.5, 0.9, 0.5));

    private static ImagePoint p(double x, double y) {
        return new ImagePoint(x, y);
    }

    @Test
    void tells_the_direction_of_a_crossing() {
        assertThat(stop.crossing(p(0.5, 0.4), p(0.5, 0.6))).contains(Direction.DOWN);
        assertThat(stop.crossing(p(0.5, 0.6), p(0.3, 0.4))).contains(Direction.UP);
        DirectedLine reversed = new DirectedLine("r", Drawings.line(Direction.ANY, 0.9, 0.5, 0.1, 0.5));
        assertThat(reversed.crossing(p(0.5, 0.4), p(0.5, 0.6))).contains(Direction.DOWN);
        DirectedLine vertical = new DirectedLine("v", Drawings.line(Direction.ANY, 0.5, 0.0, 0.5, 1.0));
        assertThat(vertical.crossing(p(0.4, 0.2), p(0.6, 0.3))).contains(Direction.RIGHT);
        assertThat(vertical.crossing(p(0.6, 0.2), p(0.4, 0.3))).contains(Direction.LEFT);
    }

    @Test
    void ignores_moves_that_pass_beside_the_line_or_stop_on_it() {
        assertThat(stop.crossing(p(0.95, 0.4), p(0.95, 0.6))).isEmpty();
        assertThat(stop.crossing(p(0.5, 0.3), p(0.5, 0.45))).isEmpty();
        assertThat(stop.crossing(p(0.5, 0.4), p(0.5, 0.5))).isEmpty();
        assertThat(stop.crossing(p(0.5, 0.5), p(0.5, 0.6))).contains(Direction.DOWN);
    }

    @Test
    void crosses_any_segment_of_a_polyline() {
        DirectedLine bent = new DirectedLine("bent", Drawings.line(Direction.ANY, 0.0, 0.5, 0.5, 0.5, 0.5, 1.0));
        assertThat(bent.crossing(p(0.25, 0.4), p(0.25, 0.6))).contains(Direction.DOWN);
        assertThat(bent.crossing(p(0.6, 0.8), p(0.4, 0.8))).contains(Direction.LEFT);
    }

    @Test
    void counts_only_the_configured_direction() {
        LineCrossings crossings = new LineCrossings(stop);
        Box above = new Box(0.45, 0.2, 0.1, 0.2);     // bottom at 0.4
        Box below = new Box(0.45, 0.4, 0.1, 0.2);     // bottom at 0.6
        assertThat(crossings.update(3, above)).isEmpty();
        assertThat(crossings.update(3, below)).contains(new Crossing(3, "stop", Direction.DOWN, true));
        assertThat(crossings.update(3, above)).contains(new Crossing(3, "stop", Direction.UP, false));
        assertThat(crossings.update(4, below)).isEmpty();   // first sighting of another track
        crossings.forget(3);
        assertThat(crossings.update(3, below)).isEmpty();
    }
}
