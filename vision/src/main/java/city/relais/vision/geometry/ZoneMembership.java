package city.relais.vision.geometry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which tracks are in one zone, with inertia: a track enters after its box's bottom-centre has been inside for
 * {@code inertia} consecutive updates, and leaves after it has been outside for {@code inertia} consecutive updates
 * (one stray box never flips the state). Not thread-safe: one per camera analysis thread.
 */
public final class ZoneMembership {

    /** Default frames of inertia (DOMAIN.md §2). */
    public static final int DEFAULT_INERTIA = 3;

    private final Zone zone;
    private final int inertia;
    private final Map<Long, Integer> streak = new HashMap<>();
    private final Set<Long> inside = new HashSet<>();

    public ZoneMembership(Zone zone, int inertia) {
        if (inertia < 1) {
            throw new IllegalArgumentException("inertia must be >= 1, got " + inertia);
        }
        this.zone = zone;
        this.inertia = inertia;
    }

    public Zone zone() {
        return zone;
    }

    /**
     * Feeds one observation of a track and returns whether it counts as inside the zone after it.
     */
    public boolean update(long trackId, Box box) {
        boolean observedInside = zone.contains(box);
        boolean counted = inside.contains(trackId);
        if (observedInside == counted) {
            streak.remove(trackId);
            return counted;
        }
        int n = streak.merge(trackId, 1, Integer::sum);
        if (n >= inertia) {
            streak.remove(trackId);
            if (observedInside) {
                inside.add(trackId);
            } else {
                inside.remove(trackId);
            }
            return observedInside;
        }
        return counted;
    }

    /** True when the track currently counts as inside. */
    public boolean isInside(long trackId) {
        return inside.contains(trackId);
    }

    /** The tracks that count as inside now. */
    public Set<Long> members() {
        return Set.copyOf(inside);
    }

    /** Drops a track that ended (it no longer counts as inside). */
    public void forget(long trackId) {
        streak.remove(trackId);
        inside.remove(trackId);
    }
}
