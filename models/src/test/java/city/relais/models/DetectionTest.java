package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DetectionTest {

    @Test
    void clamps_corners_outside_the_frame() {
        Detection d = Detection.ofCorners("car", 2, 0.9, -0.1, 0.5, 0.3, 1.2);
        assertThat(d.x()).isZero();
        assertThat(d.y()).isEqualTo(0.5);
        assertThat(d.w()).isCloseTo(0.3, within(1e-12));
        assertThat(d.h()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void iou_of_identical_disjoint_and_half_overlapping_boxes() {
        Detection a = new Detection("person", 0, 0.9, 0.0, 0.0, 0.2, 0.2);
        assertThat(a.iou(a)).isCloseTo(1.0, within(1e-12));
        assertThat(a.iou(new Detection("person", 0, 0.9, 0.5, 0.5, 0.2, 0.2))).isZero();
        // shifted by half its width: intersection 0.02, union 0.06
        assertThat(a.iou(new Detection("person", 0, 0.9, 0.1, 0.0, 0.2, 0.2))).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void rejects_boxes_outside_0_1_and_bad_scores() {
        assertThatThrownBy(() -> new Detection("car", 2, 0.5, 0.9, 0.0, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normalised");
        assertThatThrownBy(() -> new Detection("car", 2, 1.5, 0.0, 0.0, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> new Detection("car", 2, Double.NaN, 0.0, 0.0, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Detection(" ", 2, 0.5, 0.0, 0.0, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
    }
}
