package city.relais.vision.evidence;

import java.time.Instant;

/**
 * Something stored that is deleted once past its retention period (evidence files, event rows, audit records). The
 * hub runs every purge on a schedule and turns each result into a metric and a log line.
 */
@FunctionalInterface
public interface RetentionPurge {

    /** Deletes what was stored before {@code now} minus the retention period; never throws on a single bad item. */
    PurgeResult purge(Instant now);
}
