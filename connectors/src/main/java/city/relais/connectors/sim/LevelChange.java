package city.relais.connectors.sim;

import java.time.Instant;

/** One change of a simulated lamp's target level, and why. */
public record LevelChange(Instant at, double fromPercent, double toPercent, Cause cause) {

    /** Why the target level changed. */
    public enum Cause { COMMAND, RELEASE, LEASE_EXPIRED, PROGRAM }
}
