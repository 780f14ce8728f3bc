package city.relais.config;

import java.util.Objects;

/**
 * A recorded event stream the hub replays instead of (or beside) live cameras.
 *
 * @param events a file path (absolute once loaded from a file) or {@code classpath:...}
 * @param rate   events per second, &gt; 0, default {@value #DEFAULT_RATE}
 * @param loop   start again at the end, default true
 */
public record DemoSource(String events, double rate, boolean loop) {

    public static final double DEFAULT_RATE = 2.0;
    public static final String CLASSPATH_PREFIX = "classpath:";

    public DemoSource {
        Objects.requireNonNull(events, "events");
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0: " + rate);
        }
    }

    /** True when {@link #events()} names a classpath resource rather than a file. */
    public boolean onClasspath() {
        return events.startsWith(CLASSPATH_PREFIX);
    }
}
