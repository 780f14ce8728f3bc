package city.relais.config.load;

import java.time.Duration;

/**
 * Bounds of a number or duration, and the message when a value is outside: {@code 120 is above 100},
 * {@code -1 is below 0}, {@code 0 must be above 0}.
 *
 * @param min     lower bound
 * @param minOpen true when the lower bound itself is refused
 * @param max     upper bound, inclusive
 */
public record Range(double min, boolean minOpen, double max) {

    public static Range closed(double min, double max) {
        return new Range(min, false, max);
    }

    /** min &lt; x &lt;= max. */
    public static Range above(double min, double max) {
        return new Range(min, true, max);
    }

    public static Range atLeast(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY);
    }

    /** For durations: the bounds in milliseconds. */
    public static Range closed(Duration min, Duration max) {
        return closed(min.toMillis(), max.toMillis());
    }

    public static Range above(Duration min, Duration max) {
        return above(min.toMillis(), max.toMillis());
    }

    /** Null when the value fits, else the message; numbers are shown as written. */
    public String violation(double value, String written) {
        return violation(value, written, Range::number);
    }

    /** Null when the duration fits, else the message with durations in their units. */
    public String violation(Duration value, String written) {
        return violation(value.toMillis(), written, millis -> Durations.format(Duration.ofMillis((long) millis)));
    }

    private String violation(double value, String written, java.util.function.DoubleFunction<String> format) {
        if (minOpen && value <= min) {
            return written + " must be above " + format.apply(min);
        }
        if (value < min) {
            return written + " is below " + format.apply(min);
        }
        if (value > max) {
            return written + " is above " + format.apply(max);
        }
        return null;
    }

    /** 100.0 as {@code 100}, 0.25 as {@code 0.25}. */
    public static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }
}
