package city.relais.models;

import java.util.List;

/**
 * Per-channel normalisation applied to 0–255 pixel values: {@code (v - mean[c]) / std[c]}, channels in the model's
 * colour order. {@link #NONE} feeds raw 0–255 values.
 */
public record Normalisation(List<Double> mean, List<Double> std) {

    /** Raw 0–255 values. */
    public static final Normalisation NONE = new Normalisation(List.of(0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0));

    public Normalisation {
        mean = List.copyOf(mean);
        std = List.copyOf(std);
        if (mean.size() != 3 || std.size() != 3) {
            throw new IllegalArgumentException("normalisation needs 3 means and 3 stds, got " + mean + " and " + std);
        }
        for (double s : std) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("normalisation std must be > 0, got " + std);
            }
        }
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException("normalisation mean must be finite, got " + mean);
            }
        }
    }

    /** Whether values are fed raw (mean 0, std 1). */
    public boolean isNone() {
        return equals(NONE);
    }
}
