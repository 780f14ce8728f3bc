package city.relais.config;

/**
 * How operator verdicts suspend a skill's automatic actuation: over the last {@code window} verdicts of a skill on a
 * camera, a false-positive rate above {@code maxFalsePositiveRate} (with at least {@code minSample} verdicts)
 * suspends it until an admin re-enables it.
 *
 * @param window               verdicts kept per skill and camera, default 50
 * @param minSample            verdicts needed before a rate counts, default 10
 * @param maxFalsePositiveRate the convention's limit, default 0.10
 */
public record PrecisionWatch(int window, int minSample, double maxFalsePositiveRate) {

    public PrecisionWatch {
        if (window < 1 || minSample < 1 || minSample > window) {
            throw new IllegalArgumentException("window >= min-sample >= 1 expected: " + window + ", " + minSample);
        }
        if (!(maxFalsePositiveRate >= 0 && maxFalsePositiveRate <= 1)) {
            throw new IllegalArgumentException("max-false-positive-rate outside 0..1: " + maxFalsePositiveRate);
        }
    }

    public static PrecisionWatch defaults() {
        return new PrecisionWatch(50, 10, 0.10);
    }
}
