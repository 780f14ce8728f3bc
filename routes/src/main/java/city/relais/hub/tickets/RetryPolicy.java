package city.relais.hub.tickets;

import java.time.Duration;

import city.relais.config.ErrorPolicy;

/**
 * How often a POST is tried before the ticket waits for the next sweep: {@code attempts} tries, the first delay,
 * multiplied by {@code multiplier} after each failure.
 */
public record RetryPolicy(int attempts, Duration firstDelay, double multiplier) {

    public RetryPolicy {
        if (attempts < 1 || firstDelay.isNegative() || multiplier < 1) {
            throw new IllegalArgumentException("attempts >= 1, delay >= 0, multiplier >= 1 expected");
        }
    }

    /** The hub's retry policy ({@code hub.errors}): its redeliveries plus the first try. */
    public static RetryPolicy of(ErrorPolicy errors) {
        return new RetryPolicy(errors.maxRedeliveries() + 1, errors.redeliveryDelay(), errors.backoffMultiplier());
    }

    /** The wait after failed try number {@code attempt} (0-based). */
    public Duration delayAfter(int attempt) {
        return Duration.ofMillis(Math.round(firstDelay.toMillis() * Math.pow(multiplier, attempt)));
    }
}
