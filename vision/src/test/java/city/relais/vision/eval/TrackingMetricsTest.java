package city.relais.vision.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import city.relais.vision.eval.TrackingMetrics.Labelled;
import city.relais.vision.geometry.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingMetricsTest {

    private static final Box A = new Box(0.1, 0.1, 0.1, 0.2);
    private static final Box B = new Box(0.6, 0.6, 0.1, 0.2);

    private static Labelled l(long id, Box box) {
        return new Labelled(id, box);
    }

    @Test
    void perfect_tracking_scores_one() {
        TrackingMetrics m = new TrackingMetrics();
        for (int f = 0; f < 5; f++) {
            m.add(List.of(l(1, A), l(2, B)), List.of(l(10, A), l(20, B)));
        }
        assertThat(m.mota()).isEqualTo(1.0);
        assertThat(m.idf1()).isEqualTo(1.0);
        assertThat(m.idSwitches()).isZero();
    }

    @Test
    void counts_misses_false_positives_and_an_id_switch() {
        TrackingMetrics m = new TrackingMetrics();
        m.add(List.of(l(1, A)), List.of(l(10, A)));
        m.add(List.of(l(1, A)), List.of(l(10, A), l(30, B)));   // one false positive
        m.add(List.of(l(1, A)), List.of());                      // one miss
        m.add(List.of(l(1, A)), List.of(l(11, A)));              // id switch 10 -> 11
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.misses()).isEqualTo(1);
        assertThat(m.idSwitches()).isEqualTo(1);
        assertThat(m.mota()).isCloseTo(1 - 3 / 4.0, offset(1e-12));
        // best one-to-one: gt 1 <-> hyp 10 for 2 frames; 4 gt boxes, 4 hypothesis boxes
        assertThat(m.idf1()).isCloseTo(2.0 * 2 / 8, offset(1e-12));
    }

    @Test
    void average_precision_follows_the_all_point_definition() {
        AveragePrecision ap = new AveragePrecision();
        ap.add(List.of(A, B), List.of(A, new Box(0.3, 0.3, 0.1, 0.1), B), List.of(0.9, 0.8, 0.7));
        // ranked: TP (P=1, R=.5), FP (P=.5), TP (P=.67, R=1) -> AP = .5 * 1 + .5 * 2/3
        assertThat(ap.ap()).isCloseTo(0.5 + 0.5 * 2 / 3.0, offset(1e-12));
        assertThat(ap.recall(0.75)).isEqualTo(0.5);
        assertThat(ap.precision(0.75)).isEqualTo(0.5);
    }
}
