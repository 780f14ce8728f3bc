package city.relais.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.relais.models.Descriptors;
import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GflDecoderTest {

    private final ModelDescriptor model = Descriptors.picodet();
    private final List<float[]> scores = new ArrayList<>();
    private final List<float[]> boxes = new ArrayList<>();

    GflDecoderTest() {
        for (int s : model.strides()) {
            scores.add(new float[model.cells(s) * 80]);
            boxes.add(new float[model.cells(s) * 32]);
        }
    }

    /** Puts all the probability of each side on one bin. */
    private void sides(int k, int cell, int left, int top, int right, int bottom) {
        int[] bins = {left, top, right, bottom};
        for (int side = 0; side < 4; side++) {
            boxes.get(k)[cell * 32 + side * 8 + bins[side]] = 50f;
        }
    }

    @Test
    void expectation_over_uniform_bins_is_the_middle_bin_times_the_stride() {
        double[] sides = new double[4];
        GflDecoder.distances(new float[32], 0, 8, 16, sides);
        assertThat(sides).containsOnly(3.5 * 16);
    }

    @Test
    void decodes_centre_distances_and_class_from_the_right_stride() {
        // stride 16 (k = 1): grid 20 x 20, cell 45 = column 5, row 2: centre (87.5, 39.5)
        scores.get(1)[45 * 80 + 2] = 0.6f;
        sides(1, 45, 2, 1, 3, 4);
        List<Detection> found = GflDecoder.decode(scores, boxes, model, Letterbox.stretch(320, 320, 320, 320), 0.3);
        assertThat(found).hasSize(1);
        Detection d = found.get(0);
        assertThat(d.label()).isEqualTo("car");
        assertThat(d.score()).isCloseTo(0.6, within(1e-6));
        assertThat(d.x() * 320).isCloseTo(87.5 - 32, within(1e-3));
        assertThat(d.y() * 320).isCloseTo(39.5 - 16, within(1e-3));
        assertThat(d.x2() * 320).isCloseTo(87.5 + 48, within(1e-3));
        assertThat(d.y2() * 320).isCloseTo(39.5 + 64, within(1e-3));
    }

    @Test
    void stretch_maps_input_pixels_to_fractions_of_the_frame_on_both_axes() {
        // stride 64 (k = 3): grid 5 x 5, cell 12 = centre cell: centre (159.5, 159.5)
        scores.get(3)[12 * 80] = 0.9f;
        sides(3, 12, 1, 1, 1, 1);
        Detection d = GflDecoder.decode(scores, boxes, model, Letterbox.stretch(640, 480, 320, 320), 0.3).get(0);
        assertThat(d.label()).isEqualTo("person");
        assertThat(d.x()).isCloseTo((159.5 - 64) / 320, within(1e-6));
        assertThat(d.h()).isCloseTo(128 / 320.0, within(1e-6));
    }

    @Test
    void ignores_scores_below_the_minimum() {
        scores.get(0)[0] = 0.29f;
        assertThat(GflDecoder.decode(scores, boxes, model, Letterbox.stretch(320, 320, 320, 320), 0.3)).isEmpty();
    }

    @Test
    void rejects_tensors_of_the_wrong_size() {
        scores.set(2, new float[100 * 81]);
        assertThatThrownBy(() -> GflDecoder.decode(scores, boxes, model, Letterbox.stretch(320, 320, 320, 320), 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stride 32");
    }
}
