package city.relais.models;

import java.util.Objects;

/**
 * The model's single image input: a float32 tensor [1, 3, height, width].
 *
 * @param name          the input's name in the model graph (checked when the model is loaded)
 * @param width         input width in pixels
 * @param height        input height in pixels
 * @param colourOrder   channel order of the tensor
 * @param normalisation applied to 0–255 values
 * @param resize        how the frame is fitted
 * @param padValue      value (0–255, before normalisation) of the padding when letterboxing
 */
public record InputSpec(String name, int width, int height, ColourOrder colourOrder, Normalisation normalisation,
                        ResizeMode resize, int padValue) {

    public InputSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name must not be blank");
        }
        if (width <= 0 || height <= 0 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("input size must be within 1..4096, got " + width + "x" + height);
        }
        Objects.requireNonNull(colourOrder, "colourOrder");
        Objects.requireNonNull(resize, "resize");
        normalisation = normalisation == null ? Normalisation.NONE : normalisation;
        if (padValue < 0 || padValue > 255) {
            throw new IllegalArgumentException("padValue must be within 0..255, got " + padValue);
        }
    }
}
