package city.relais.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the hub retries a failed device command before it gives up and raises an alarm.
 *
 * @param maxRedeliveries   0..20, default 3
 * @param redeliveryDelay   first delay, &gt; 0, default 200ms
 * @param backoffMultiplier &gt;= 1, default 2.0
 */
public record ErrorPolicy(int maxRedeliveries, Duration redeliveryDelay, double backoffMultiplier) {

    public ErrorPolicy {
        Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        if (maxRedeliveries < 0 || backoffMultiplier < 1 || redeliveryDelay.isNegative() || redeliveryDelay.isZero()) {
            throw new IllegalArgumentException("error policy out of range");
        }
    }

    public static ErrorPolicy defaults() {
        return new ErrorPolicy(3, Duration.ofMillis(200), 2.0);
    }
}
