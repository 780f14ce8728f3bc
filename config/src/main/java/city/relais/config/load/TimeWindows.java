package city.relais.config.load;

import city.relais.config.TimeWindow;
import city.relais.config.TimeWindow.Bound;
import city.relais.config.TimeWindow.Sun;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads daily windows: {@code always}, {@code sunset..sunrise}, {@code 22:00..06:00}, {@code sunset..01:30}. */
final class TimeWindows {

    static final String FORMS = "always, sunset..sunrise, or HH:MM..HH:MM (bounds may mix, e.g. sunset..01:30)";
    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");

    private TimeWindows() {
    }

    /** The window under {@code key}; the fallback when absent; {@code always} after a problem (no follow-up checks). */
    static TimeWindow read(Fields f, String key, TimeWindow fallback) {
        String written = f.text(key);
        if (written == null) {
            return fallback;
        }
        TimeWindow window = parse(written.trim());
        if (window == null) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "'" + written + "' is not a time window: write " + FORMS);
            return TimeWindow.ALWAYS;
        }
        if (!window.always() && window.start().equals(window.end())) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "'" + written + "' starts and ends at the same time: "
                    + "write always for the whole day");
            return TimeWindow.ALWAYS;
        }
        return window;
    }

    private static TimeWindow parse(String written) {
        if (written.equals("always")) {
            return TimeWindow.ALWAYS;
        }
        String[] bounds = written.split("\\.\\.", -1);
        if (bounds.length != 2) {
            return null;
        }
        Bound start = bound(bounds[0].trim());
        Bound end = bound(bounds[1].trim());
        return start == null || end == null ? null : new TimeWindow(start, end);
    }

    private static Bound bound(String written) {
        for (Sun sun : Sun.values()) {
            if (sun.wireName().equals(written)) {
                return Bound.sun(sun);
            }
        }
        if (!CLOCK.matcher(written).matches()) {
            return null;
        }
        try {
            return Bound.clock(LocalTime.parse(written));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
