package city.relais.vision.source;

import city.relais.models.ImageFrame;
import java.util.Objects;

/**
 * One decoded frame.
 *
 * @param index  0-based index of the frame in the input (counting skipped frames), so MOT frame = index + 1
 * @param time   presentation time in seconds from the start of the input
 * @param image  packed BGR pixels at the analysis resolution
 */
public record DecodedFrame(long index, double time, ImageFrame image) {

    public DecodedFrame {
        Objects.requireNonNull(image, "image");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
    }
}
