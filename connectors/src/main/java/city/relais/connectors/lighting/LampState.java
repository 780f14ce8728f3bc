package city.relais.connectors.lighting;

import java.time.Instant;

/**
 * What a controller reports for one lamp.
 *
 * @param actualLevelPercent    the light output now (may be mid-ramp)
 * @param commandedLevelPercent the level of the current lease, or the program level when none
 * @param leaseExpiry           end of the current lease, null when the lamp follows its program
 * @param status                the controller's own status text (OK, lamp failure, ...)
 */
public record LampState(String lamp, double actualLevelPercent, double commandedLevelPercent, Instant leaseExpiry,
                        String status) {

    public boolean leased() {
        return leaseExpiry != null;
    }
}
