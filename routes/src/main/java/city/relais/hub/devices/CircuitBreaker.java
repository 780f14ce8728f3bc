package city.relais.hub.devices;

import java.time.Duration;
import java.time.Instant;

/**
 * One device's circuit breaker: after a failure the next attempt waits, 1 s then doubling up to a minute, so that a
 * dead controller is not hammered; a success closes it. Not thread-safe: one per device driver thread.
 */
public final class CircuitBreaker {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final int OPEN_AFTER = 3;

    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    /** True when a command may be tried at {@code now}. */
    public boolean allows(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    /** @return true when this failure makes the device count as down (an alarm is due) */
    public boolean failure(Instant now) {
        consecutiveFailures++;
        long factor = 1L << Math.min(16, consecutiveFailures - 1);
        Duration wait = FIRST_WAIT.multipliedBy(factor);
        nextAttempt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return consecutiveFailures == OPEN_AFTER;
    }

    /** @return true when the device had been counted as down (a recovery alarm is due) */
    public boolean success() {
        boolean wasDown = consecutiveFailures >= OPEN_AFTER;
        consecutiveFailures = 0;
        nextAttempt = Instant.MIN;
        return wasDown;
    }
}
