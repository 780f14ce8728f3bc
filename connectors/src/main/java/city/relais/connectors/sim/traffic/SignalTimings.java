package city.relais.connectors.sim.traffic;

import java.time.Duration;

/**
 * The controller's own safety timings; priority and calls never shorten them.
 *
 * @param minGreen      a green lasts at least this
 * @param maxGreen      with demand waiting on a conflicting phase, a green ends after this (a priority hold too)
 * @param yellow        yellow change interval
 * @param redClearance  all-red after yellow, before any conflicting green
 */
public record SignalTimings(Duration minGreen, Duration maxGreen, Duration yellow, Duration redClearance) {

    public static SignalTimings defaults() {
        return new SignalTimings(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(3),
                Duration.ofSeconds(2));
    }

    public SignalTimings {
        if (minGreen.compareTo(maxGreen) > 0) {
            throw new IllegalArgumentException("minGreen " + minGreen + " is above maxGreen " + maxGreen);
        }
        if (yellow.isNegative() || yellow.isZero() || redClearance.isNegative() || redClearance.isZero()) {
            throw new IllegalArgumentException("yellow and red clearance must be positive");
        }
    }

    /** Yellow plus red clearance: the shortest time from leaving a green to a conflicting green. */
    public Duration clearance() {
        return yellow.plus(redClearance);
    }
}
