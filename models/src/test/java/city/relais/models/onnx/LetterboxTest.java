package city.relais.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.relais.models.Descriptors;
import org.junit.jupiter.api.Test;

class LetterboxTest {

    @Test
    void landscape_frame_fills_the_width_and_leaves_padding_below() {
        Letterbox box = Letterbox.topLeft(640, 480, 416, 416);
        assertThat(box.scaleX()).isCloseTo(0.65, within(1e-12));
        assertThat(box.scaleY()).isEqualTo(box.scaleX());
        assertThat(box.resizedWidth()).isEqualTo(416);
        assertThat(box.resizedHeight()).isEqualTo(312);
    }

    @Test
    void portrait_frame_fills_the_height_and_leaves_padding_right() {
        Letterbox box = Letterbox.topLeft(480, 640, 416, 416);
        assertThat(box.resizedWidth()).isEqualTo(312);
        assertThat(box.resizedHeight()).isEqualTo(416);
    }

    @Test
    void small_frames_are_scaled_up_and_sizes_are_floored_as_in_yolox() {
        Letterbox box = Letterbox.topLeft(320, 240, 416, 416);
        assertThat(box.scaleX()).isCloseTo(1.3, within(1e-12));
        assertThat(box.resizedWidth()).isEqualTo(416);
        assertThat(box.resizedHeight()).isEqualTo(312);
        Letterbox odd = Letterbox.topLeft(1000, 333, 416, 416); // r = 0.416, 333 * 0.416 = 138.528
        assertThat(odd.resizedHeight()).isEqualTo(138);
        assertThat(Letterbox.topLeft(5000, 1, 416, 416).resizedHeight()).isEqualTo(1);
    }

    @Test
    void maps_input_pixels_back_to_normalised_source_coordinates() {
        Letterbox box = Letterbox.topLeft(640, 480, 416, 416);
        // input (208, 156) is the centre of the resized image, hence of the source
        assertThat(box.normX(208)).isCloseTo(0.5, within(1e-12));
        assertThat(box.normY(156)).isCloseTo(0.5, within(1e-12));
        // the bottom of the resized image is the bottom of the frame; the padding maps beyond 1
        assertThat(box.normY(312)).isCloseTo(1.0, within(1e-12));
        assertThat(box.normY(416)).isGreaterThan(1.0);
    }

    @Test
    void stretch_scales_each_axis_to_fill_the_input() {
        Letterbox box = Letterbox.stretch(640, 480, 320, 320);
        assertThat(box.resizedWidth()).isEqualTo(320);
        assertThat(box.resizedHeight()).isEqualTo(320);
        assertThat(box.scaleX()).isCloseTo(0.5, within(1e-12));
        assertThat(box.scaleY()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(box.normX(160)).isCloseTo(0.5, within(1e-12));
        assertThat(box.normY(80)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void follows_the_descriptor_resize_mode() {
        assertThat(Letterbox.of(Descriptors.yolox().input(), 640, 480).resizedHeight()).isEqualTo(312);
        assertThat(Letterbox.of(Descriptors.picodet().input(), 640, 480).resizedHeight()).isEqualTo(320);
    }
}
