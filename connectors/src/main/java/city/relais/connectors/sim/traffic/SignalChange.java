package city.relais.connectors.sim.traffic;

import java.time.Instant;

/**
 * One line of the controller's log: at {@code time}, phase {@code phase} (approaches {@code approaches}) turned
 * {@code indication}, and why. Phase 0 stands for the whole intersection (all red, flash).
 */
public record SignalChange(Instant time, int phase, String approaches, Indication indication, String reason) {

    @Override
    public String toString() {
        return time + " phase " + phase + " (" + approaches + ") " + indication + ": " + reason;
    }
}
