package city.relais.config;

import java.util.List;
import java.util.Objects;

/**
 * What evidence is kept and for how long.
 *
 * @param evidence     metadata-only (default) or blurred-snapshot
 * @param snapshotsFor event types that get a blurred snapshot (blurred-snapshot only)
 * @param retention    purge delays
 */
public record Privacy(EvidenceMode evidence, List<String> snapshotsFor, Retention retention) {

    public Privacy {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(retention, "retention");
        snapshotsFor = snapshotsFor == null ? List.of() : List.copyOf(snapshotsFor);
    }

    public static Privacy defaults() {
        return new Privacy(EvidenceMode.METADATA_ONLY, List.of(), Retention.defaults());
    }
}
