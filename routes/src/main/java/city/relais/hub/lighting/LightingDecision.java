package city.relais.hub.lighting;

import java.time.Duration;

/** What a dimming policy wants the lamps of its automation to do now. */
public sealed interface LightingDecision {

    /** Why, for the log, the audit and the controller's own record. */
    String reason();

    /** Hold the lamps at {@code levelPercent}, reached over {@code ramp}; {@code renewal} = same level, new lease. */
    record SetLevel(double levelPercent, Duration ramp, boolean renewal, String reason) implements LightingDecision {
    }

    /** Give the lamps back to their program (outside the night window, camera down, hub stopping). */
    record Release(String reason) implements LightingDecision {
    }
}
