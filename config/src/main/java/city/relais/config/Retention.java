package city.relais.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long stored data is kept before it is purged.
 *
 * @param evidence snapshots, default 7d
 * @param events   event records, default 30d
 * @param audit    the audit chain, default 365d
 */
public record Retention(Duration evidence, Duration events, Duration audit) {

    public Retention {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(audit, "audit");
    }

    public static Retention defaults() {
        return new Retention(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));
    }
}
