package city.relais.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.relais.models.ColourOrder;
import city.relais.models.Descriptors;
import city.relais.models.ImageFrame;
import city.relais.models.InputSpec;
import city.relais.models.Normalisation;
import city.relais.models.ResizeMode;
import org.junit.jupiter.api.Test;

class FrameTensorTest {

    private static ImageFrame uniform(int w, int h, int b, int g, int r) {
        byte[] px = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            px[i * 3] = (byte) b;
            px[i * 3 + 1] = (byte) g;
            px[i * 3 + 2] = (byte) r;
        }
        return new ImageFrame(w, h, px);
    }

    @Test
    void yolox_input_is_raw_bgr_at_the_top_left_padded_with_114() {
        InputSpec in = Descriptors.yolox().input();
        ImageFrame frame = uniform(64, 48, 10, 20, 200);
        float[] t = FrameTensor.chw(frame, in, Letterbox.of(in, 64, 48));
        int plane = 416 * 416;
        assertThat(t).hasSize(3 * plane);
        int inside = 311 * 416 + 415; // last resized row (312 rows), last column
        assertThat(t[inside]).isEqualTo(10f);
        assertThat(t[plane + inside]).isEqualTo(20f);
        assertThat(t[2 * plane + inside]).isEqualTo(200f);
        int padding = 312 * 416; // first row below the image
        assertThat(t[padding]).isEqualTo(114f);
        assertThat(t[2 * plane + plane - 1]).isEqualTo(114f);
    }

    @Test
    void picodet_input_is_normalised_rgb_stretched_over_the_whole_input() {
        InputSpec in = Descriptors.picodet().input();
        ImageFrame frame = uniform(64, 48, 10, 20, 200);
        float[] t = FrameTensor.chw(frame, in, Letterbox.of(in, 64, 48));
        int plane = 320 * 320;
        for (int i : new int[] {0, plane / 2, plane - 1}) {
            assertThat(t[i]).isCloseTo((float) ((200 - 123.675) / 58.395), within(1e-5f));
            assertThat(t[plane + i]).isCloseTo((float) ((20 - 116.28) / 57.12), within(1e-5f));
            assertThat(t[2 * plane + i]).isCloseTo((float) ((10 - 103.53) / 57.375), within(1e-5f));
        }
    }

    @Test
    void resizes_bilinearly_with_pixel_centres_aligned_as_opencv() {
        InputSpec in = new InputSpec("x", 4, 1, ColourOrder.BGR, Normalisation.NONE, ResizeMode.STRETCH, 0);
        byte[] px = {0, 0, 0, 100, 100, 100};
        float[] t = FrameTensor.chw(new ImageFrame(2, 1, px), in, Letterbox.of(in, 2, 1));
        assertThat(new float[] {t[0], t[1], t[2], t[3]}).containsExactly(0f, 25f, 75f, 100f);
    }

    @Test
    void downscales_a_uniform_frame_to_the_same_colour() {
        InputSpec in = Descriptors.yolox().input();
        ImageFrame frame = uniform(1920, 1080, 7, 8, 9);
        float[] t = FrameTensor.chw(frame, in, Letterbox.of(in, 1920, 1080));
        assertThat(t[0]).isEqualTo(7f);
        assertThat(t[416 * 416 + 233 * 416 + 415]).isEqualTo(8f); // 1080 * 416 / 1920 = 234 rows
        assertThat(t[416 * 416 + 234 * 416]).isEqualTo(114f);
    }
}
