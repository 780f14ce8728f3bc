package city.relais.config;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily time window: {@code always}, {@code sunset..sunrise}, {@code 22:00..06:00}, or a mix
 * ({@code sunset..01:30}). A window whose start is after its end runs over midnight.
 *
 * @param start null for {@code always}
 * @param end   null for {@code always}
 */
public record TimeWindow(Bound start, Bound end) {

    public static final TimeWindow ALWAYS = new TimeWindow(null, null);
    public static final TimeWindow SUNSET_TO_SUNRISE = new TimeWindow(Bound.sun(Sun.SUNSET), Bound.sun(Sun.SUNRISE));

    public TimeWindow {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a window has both bounds or none");
        }
    }

    public boolean always() {
        return start == null;
    }

    /** True when a bound depends on the sun, which needs the site's latitude and longitude. */
    public boolean needsSun() {
        return !always() && (start.sun() != null || end.sun() != null);
    }

    @Override
    public String toString() {
        return always() ? "always" : start + ".." + end;
    }

    /** Sun events a bound may follow. */
    public enum Sun implements WireNamed {
        SUNSET("sunset"), SUNRISE("sunrise");

        private final String wireName;

        Sun(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /** One end of a window: either a sun event or a clock time, never both. */
    public record Bound(Sun sun, LocalTime clock) {

        public Bound {
            if ((sun == null) == (clock == null)) {
                throw new IllegalArgumentException("a bound is a sun event or a clock time");
            }
        }

        public static Bound sun(Sun sun) {
            return new Bound(Objects.requireNonNull(sun), null);
        }

        public static Bound clock(LocalTime time) {
            return new Bound(null, Objects.requireNonNull(time));
        }

        @Override
        public String toString() {
            return sun != null ? sun.wireName() : clock.toString();
        }
    }
}
