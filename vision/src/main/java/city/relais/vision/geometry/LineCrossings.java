package city.relais.vision.geometry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Crossings of one line by tracks, tested on the boxes' bottom-centres between consecutive updates of a track. Not
 * thread-safe: one per camera analysis thread.
 */
public final class LineCrossings {

    private final DirectedLine line;
    private final Map<Long, ImagePoint> last = new HashMap<>();

    public LineCrossings(DirectedLine line) {
        this.line = line;
    }

    public DirectedLine line() {
        return line;
    }

    /** Feeds the track's current box; returns the crossing since its previous box, if any. */
    public Optional<Crossing> update(long trackId, Box box) {
        ImagePoint now = box.bottomCentre();
        ImagePoint before = last.put(trackId, now);
        if (before == null) {
            return Optional.empty();
        }
        return line.crossing(before, now)
                .map(d -> new Crossing(trackId, line.name(), d, line.counts(d)));
    }

    /** Drops a track that ended. */
    public void forget(long trackId) {
        last.remove(trackId);
    }
}
