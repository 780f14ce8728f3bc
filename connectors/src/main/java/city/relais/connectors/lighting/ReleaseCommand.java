package city.relais.connectors.lighting;

import java.util.List;
import java.util.Objects;

/** Return lamps to their program now (end of lease). */
public record ReleaseCommand(String idempotencyKey, List<String> lamps, String reason, String reference) {

    public ReleaseCommand {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        lamps = List.copyOf(Objects.requireNonNull(lamps, "lamps"));
        if (lamps.isEmpty()) {
            throw new IllegalArgumentException("lamps: at least one lamp");
        }
    }
}
