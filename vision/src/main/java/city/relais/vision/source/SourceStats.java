package city.relais.vision.source;

/**
 * Counters of one camera source.
 *
 * @param delivered frames put on the queue
 * @param dropped   frames dropped because the analysis fell behind (oldest first)
 * @param failures  times the source failed to open or broke off
 */
public record SourceStats(long delivered, long dropped, long failures) {
}
