package city.relais.vision.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * What one purge run did.
 *
 * @param what    what was purged, e.g. {@code evidence}
 * @param cutoff  items stored before this instant were due
 * @param purged  items deleted
 * @param kept    items still within their retention
 * @param failed  items due that could not be deleted (logged; retried on the next run)
 * @param bytes   bytes freed (0 where the store does not know)
 */
public record PurgeResult(String what, Instant cutoff, int purged, int kept, int failed, long bytes) {

    public PurgeResult {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(cutoff, "cutoff");
        if (purged < 0 || kept < 0 || failed < 0 || bytes < 0) {
            throw new IllegalArgumentException("purge counts must be >= 0, got " + purged + ", " + kept + ", "
                    + failed + ", " + bytes);
        }
    }

    /** The log line: {@code retention purge evidence: 3 purged (12345 bytes), 5 kept, 0 failed, cutoff ...}. */
    public String summary() {
        return "retention purge " + what + ": " + purged + " purged (" + bytes + " bytes), " + kept + " kept, "
                + failed + " failed, cutoff " + cutoff;
    }
}
