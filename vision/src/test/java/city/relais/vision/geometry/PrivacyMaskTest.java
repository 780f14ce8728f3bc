package city.relais.vision.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.ImageFrame;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyMaskTest {

    private static ImageFrame white(int w, int h) {
        byte[] bgr = new byte[w * h * 3];
        Arrays.fill(bgr, (byte) 255);
        return new ImageFrame(w, h, bgr);
    }

    private static int blackPixels(ImageFrame f) {
        int n = 0;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (f.channel(x, y, 0) == 0 && f.channel(x, y, 1) == 0 && f.channel(x, y, 2) == 0) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void paints_pixels_whose_centre_is_in_a_mask_black() {
        PrivacyMask mask = new PrivacyMask(List.of(Drawings.rect(0, 0, 0.5, 1)));
        ImageFrame original = white(10, 10);
        ImageFrame painted = mask.apply(original);
        assertThat(blackPixels(painted)).isEqualTo(50);
        assertThat(painted.channel(4, 9, 2)).isZero();
        assertThat(painted.channel(5, 0, 2)).isEqualTo(255);
        assertThat(blackPixels(original)).as("the input frame is not changed").isZero();
    }

    @Test
    void paints_the_union_of_several_masks_at_any_frame_size() {
        PrivacyMask mask = new PrivacyMask(List.of(Drawings.rect(0, 0, 0.25, 0.25), Drawings.rect(0.75, 0.75, 1, 1)));
        assertThat(blackPixels(mask.apply(white(8, 8)))).isEqualTo(8);
        assertThat(blackPixels(mask.apply(white(4, 4)))).isEqualTo(2);
        assertThat(mask.masks(4, 4, 3, 3)).isTrue();
        assertThat(mask.masks(4, 4, 2, 3)).isFalse();
    }

    @Test
    void returns_the_frame_itself_without_masks() {
        ImageFrame f = white(4, 4);
        assertThat(PrivacyMask.none().apply(f)).isSameAs(f);
    }
}
