package city.relais.connectors.lighting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Set lamps to a level (percent of full output) with a ramp, as a lease ending at {@code leaseExpiry}.
 *
 * @param idempotencyKey unique per intended command; a retry carries the same key
 * @param lamps          lamp ids of the city file's device (at least one)
 * @param levelPercent   0..100
 * @param ramp           time to go from the current level to the new one (zero = at once)
 * @param leaseExpiry    when the controller must return the lamps to their program unless renewed
 * @param reason         human reason (the automation and event), shown on controllers that keep one
 * @param reference      the hub's reference (automation/event id) for the controller's audit, e.g. TALQ cmsRefId
 */
public record LevelCommand(String idempotencyKey, List<String> lamps, double levelPercent, Duration ramp,
                           Instant leaseExpiry, String reason, String reference) {

    public LevelCommand {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        lamps = List.copyOf(Objects.requireNonNull(lamps, "lamps"));
        if (lamps.isEmpty()) {
            throw new IllegalArgumentException("lamps: at least one lamp");
        }
        if (!(levelPercent >= 0 && levelPercent <= 100)) {
            throw new IllegalArgumentException("levelPercent: " + levelPercent + " is outside 0..100");
        }
        Objects.requireNonNull(ramp, "ramp");
        if (ramp.isNegative()) {
            throw new IllegalArgumentException("ramp: must not be negative");
        }
        Objects.requireNonNull(leaseExpiry, "leaseExpiry");
    }
}
