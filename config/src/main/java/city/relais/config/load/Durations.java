package city.relais.config.load;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in the city file: a whole number and a unit, {@code 500ms}, {@code 60s}, {@code 10min},
 * {@code 2h}, {@code 7d}. A bare number and {@code m} are refused: {@code 10m} could be minutes or metres.
 */
public final class Durations {

    public static final String UNITS = "ms, s, min, h or d (e.g. 500ms, 60s, 10min, 2h, 7d)";

    private static final Pattern FORM = Pattern.compile("(\\d{1,12})(ms|s|min|h|d)");
    private static final Pattern METRES_OR_MINUTES = Pattern.compile("\\d+(\\.\\d+)?\\s*m");
    private static final Pattern BARE = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Durations() {
    }

    public static Optional<Duration> parse(String written) {
        Matcher m = FORM.matcher(written.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }

    /** Why a text is not a duration, naming the accepted units. */
    public static String refusal(String written) {
        String trimmed = written.trim();
        if (BARE.matcher(trimmed).matches()) {
            return trimmed + " has no unit: write " + UNITS;
        }
        if (METRES_OR_MINUTES.matcher(trimmed).matches()) {
            return "'" + trimmed + "' is ambiguous ('m' could mean metres): write minutes as min; units are " + UNITS;
        }
        return "'" + trimmed + "' is not a duration: write a whole number and a unit, " + UNITS;
    }

    /** The largest unit that writes the duration exactly: 600000ms as {@code 10min}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % 86_400_000L == 0) {
            return millis / 86_400_000L + "d";
        }
        if (millis != 0 && millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "h";
        }
        if (millis != 0 && millis % 60_000L == 0) {
            return millis / 60_000L + "min";
        }
        if (millis % 1000L == 0) {
            return millis / 1000L + "s";
        }
        return millis + "ms";
    }
}
