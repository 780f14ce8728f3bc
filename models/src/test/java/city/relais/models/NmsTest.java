package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NmsTest {

    private static Detection box(String label, int cls, double score, double x) {
        return new Detection(label, cls, score, x, 0.1, 0.2, 0.4);
    }

    @Test
    void suppresses_a_lower_scoring_box_of_the_same_class_that_overlaps_more_than_the_threshold() {
        Detection best = box("person", 0, 0.9, 0.10);
        Detection duplicate = box("person", 0, 0.6, 0.12); // IoU 0.8
        assertThat(Nms.perClass(List.of(duplicate, best), 0.45, 100)).containsExactly(best);
    }

    @Test
    void keeps_overlapping_boxes_of_different_classes() {
        Detection person = box("person", 0, 0.9, 0.10);
        Detection bicycle = box("bicycle", 1, 0.7, 0.11);
        assertThat(Nms.perClass(List.of(bicycle, person), 0.45, 100)).containsExactly(person, bicycle);
    }

    @Test
    void keeps_boxes_overlapping_up_to_the_threshold_and_sorts_by_score() {
        Detection a = box("car", 2, 0.5, 0.10);
        Detection b = box("car", 2, 0.8, 0.30); // touches a: IoU 0
        Detection c = box("car", 2, 0.7, 0.40); // IoU with b = 0.1/0.3 = 0.333
        assertThat(Nms.perClass(List.of(a, b, c), 0.45, 100)).containsExactly(b, c, a);
        // the same boxes with a threshold below their IoU: c goes
        assertThat(Nms.perClass(List.of(a, b, c), 0.3, 100)).containsExactly(b, a);
    }

    @Test
    void considers_only_the_best_candidates_per_class() {
        Detection a = box("car", 2, 0.9, 0.0);
        Detection b = box("car", 2, 0.8, 0.5);
        Detection p = box("person", 0, 0.1, 0.5);
        assertThat(Nms.perClass(List.of(b, p, a), 0.45, 1)).containsExactly(a, p);
    }

    @Test
    void empty_in_empty_out_and_rejects_bad_parameters() {
        assertThat(Nms.perClass(List.of(), 0.45, 10)).isEmpty();
        assertThatThrownBy(() -> Nms.perClass(List.of(), 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Nms.perClass(List.of(), 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
