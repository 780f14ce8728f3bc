package city.relais.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.relais.models.Descriptors;
import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class YoloxDecoderTest {

    private final ModelDescriptor model = Descriptors.yolox();

    private static void setRow(float[] out, int row, float x, float y, float w, float h, float obj, int cls,
                               float score) {
        int o = row * 85;
        out[o] = x;
        out[o + 1] = y;
        out[o + 2] = w;
        out[o + 3] = h;
        out[o + 4] = obj;
        out[o + 5 + cls] = score;
    }

    @Test
    void has_3549_rows_for_416_input_and_strides_8_16_32() {
        assertThat(YoloxDecoder.rows(model)).isEqualTo(52 * 52 + 26 * 26 + 13 * 13).isEqualTo(3549);
    }

    @Test
    void decodes_grid_offsets_log_sizes_and_obj_times_class_score() {
        float[] out = new float[3549 * 85];
        // stride 8, cell gx=10, gy=5: centre (84, 44), size 32 x 64 input pixels
        setRow(out, 5 * 52 + 10, 0.5f, 0.5f, (float) Math.log(4), (float) Math.log(8), 0.9f, 0, 0.8f);
        List<Detection> found = YoloxDecoder.decode(out, model, Letterbox.topLeft(416, 416, 416, 416), 0.25);
        assertThat(found).hasSize(1);
        Detection d = found.get(0);
        assertThat(d.label()).isEqualTo("person");
        assertThat(d.score()).isCloseTo(0.72, within(1e-6));
        assertThat(d.x() * 416).isCloseTo(84 - 16, within(1e-4));
        assertThat(d.y() * 416).isCloseTo(44 - 32, within(1e-4));
        assertThat(d.w() * 416).isCloseTo(32, within(1e-4));
        assertThat(d.h() * 416).isCloseTo(64, within(1e-4));
    }

    @Test
    void undoes_the_letterbox_and_decodes_the_coarsest_stride() {
        float[] out = new float[3549 * 85];
        // stride 32, cell gx=3, gy=2: centre (3.5*32, 2.5*32) = (112, 80), size 64 x 32 in input pixels
        setRow(out, 52 * 52 + 26 * 26 + 2 * 13 + 3, 0.5f, 0.5f, (float) Math.log(2), 0f, 0.8f, 2, 0.9f);
        Letterbox box = Letterbox.topLeft(640, 480, 416, 416);
        Detection d = YoloxDecoder.decode(out, model, box, 0.25).get(0);
        assertThat(d.label()).isEqualTo("car");
        assertThat(d.classIndex()).isEqualTo(2);
        assertThat(d.x()).isCloseTo((112 - 32) / 0.65 / 640, within(1e-6));
        assertThat(d.y()).isCloseTo((80 - 16) / 0.65 / 480, within(1e-6));
        assertThat(d.w()).isCloseTo(64 / 0.65 / 640, within(1e-6));
    }

    @Test
    void reports_every_class_above_the_minimum_and_nothing_below() {
        float[] out = new float[3549 * 85];
        setRow(out, 100, 0, 0, 0, 0, 0.9f, 2, 0.5f);
        out[100 * 85 + 5 + 7] = 0.4f; // truck 0.36
        out[100 * 85 + 5 + 5] = 0.2f; // bus 0.18: below 0.25
        setRow(out, 200, 0, 0, 0, 0, 0.2f, 0, 1f); // objectness below the minimum
        List<Detection> found = YoloxDecoder.decode(out, model, Letterbox.topLeft(416, 416, 416, 416), 0.25);
        assertThat(found).extracting(Detection::label).containsExactlyInAnyOrder("car", "truck");
    }

    @Test
    void rejects_an_output_of_the_wrong_size() {
        assertThatThrownBy(() -> YoloxDecoder.decode(new float[3549 * 86], model,
                Letterbox.topLeft(416, 416, 416, 416), 0.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3549 x 85");
    }
}
