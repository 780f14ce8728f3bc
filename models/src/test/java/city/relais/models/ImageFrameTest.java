package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageFrameTest {

    @Test
    void accepts_packed_bgr_of_the_right_length() {
        byte[] px = new byte[4 * 2 * 3];
        px[(1 * 4 + 3) * 3 + 2] = (byte) 200;
        ImageFrame frame = new ImageFrame(4, 2, px);
        assertThat(frame.channel(3, 1, 2)).isEqualTo(200);
        assertThat(frame.channel(0, 0, 0)).isZero();
        assertThat(frame).hasToString("ImageFrame[4x2 BGR]");
    }

    @Test
    void rejects_a_buffer_of_the_wrong_length() {
        assertThatThrownBy(() -> new ImageFrame(4, 2, new byte[4 * 2 * 3 - 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 4x2 BGR frame needs 24 bytes, got 23");
        assertThatThrownBy(() -> new ImageFrame(4, 2, new byte[4 * 2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_zero_or_negative_sizes_and_null_pixels() {
        assertThatThrownBy(() -> new ImageFrame(0, 2, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x2");
        assertThatThrownBy(() -> new ImageFrame(3, -1, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3x-1");
        assertThatThrownBy(() -> new ImageFrame(3, 3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @Test
    void rejects_sizes_whose_byte_count_overflows_an_int() {
        assertThatThrownBy(() -> new ImageFrame(50_000, 50_000, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7500000000 bytes");
    }
}
