package city.relais.vision.skill.catalogue;

import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tracks of some classes stay in a zone, and since when. A track enters after its box's bottom-centre has been
 * inside on {@code inertia} consecutive analysed frames (its stay starts at the first of them) and leaves after as
 * many frames outside; a lost track keeps its stay for {@value #LOST_GRACE_S} s, and a track the tracker dropped
 * leaves at once. Each stay carries a flag a skill sets when it has alerted on it, so that one stay gives one event.
 * <p>A tracker sometimes loses an object and finds it again under a new id. A new track entering where a stay ended
 * less than {@value #HANDOVER_S} s earlier (its bottom-centre within a quarter box height of where that stay was last
 * seen) takes that stay over, with its start time and its alert flag: the same object gives no second alert and
 * keeps its dwell. This uses only positions on this camera's image, no appearance: no re-identification.
 * Not thread-safe: one per skill.
 */
final class ZoneStays {

    /** One track's stay in the zone. */
    static final class Stay {
        private Track track;
        private final double since;
        private boolean alerted;

        private Stay(Track track, double since) {
            this.track = track;
            this.since = since;
        }

        Track track() {
            return track;
        }

        /** Time the stay began (the first frame inside of the entering streak). */
        double since() {
            return since;
        }

        double dwell(double now) {
            return now - since;
        }

        boolean alerted() {
            return alerted;
        }

        void alert() {
            alerted = true;
        }
    }

    private record Streak(int frames, double start) {
    }

    private record Ended(Stay stay, double at) {
    }

    static final double LOST_GRACE_S = 2.0;
    static final double HANDOVER_S = 2.0;

    private final Zone zone;
    private final int inertia;
    private final Set<String> classes;
    private final Map<Long, Stay> stays = new LinkedHashMap<>();
    private final Map<Long, Streak> streaks = new HashMap<>();
    private final List<Ended> ended = new ArrayList<>();

    ZoneStays(Zone zone, int inertia, List<String> classes) {
        if (inertia < 1) {
            throw new IllegalArgumentException("inertia must be >= 1, got " + inertia);
        }
        this.zone = zone;
        this.inertia = inertia;
        this.classes = Set.copyOf(classes);
    }

    Zone zone() {
        return zone;
    }

    /** Feeds a frame (only analysed frames change anything) and returns the current stays, oldest first. */
    List<Stay> update(SceneFrame frame) {
        if (frame.analysed()) {
            Set<Long> alive = new HashSet<>();
            for (Track t : frame.tracks()) {
                if (t.state() == TrackState.TENTATIVE || !classes.contains(t.label())) {
                    continue;
                }
                if (t.state() == TrackState.CONFIRMED) {
                    alive.add(t.id());
                    observe(t, frame.time());
                } else if (frame.time() - t.lastSeen() <= LOST_GRACE_S) {
                    alive.add(t.id());
                    if (stays.containsKey(t.id())) {
                        stays.get(t.id()).track = t;
                    }
                }
            }
            double now = frame.time();
            stays.entrySet().removeIf(e -> {
                if (alive.contains(e.getKey())) {
                    return false;
                }
                ended.add(new Ended(e.getValue(), now));
                return true;
            });
            streaks.keySet().retainAll(alive);
            ended.removeIf(e -> now - e.at() > HANDOVER_S);
        }
        return new ArrayList<>(stays.values());
    }

    private java.util.Optional<Stay> takeOver(Track t) {
        for (java.util.Iterator<Ended> it = ended.iterator(); it.hasNext(); ) {
            Stay old = it.next().stay();
            if (old.track.label().equals(t.label()) && old.track.box().bottomCentre()
                    .distance(t.box().bottomCentre()) <= t.box().h() / 4) {
                it.remove();
                Stay taken = new Stay(t, old.since);
                taken.alerted = old.alerted;
                return java.util.Optional.of(taken);
            }
        }
        return java.util.Optional.empty();
    }

    private void observe(Track t, double now) {
        boolean inside = zone.contains(t.box());
        Stay stay = stays.get(t.id());
        if (stay != null) {
            stay.track = t;
        }
        if (inside == (stay != null)) {
            streaks.remove(t.id());
            return;
        }
        Streak s = streaks.merge(t.id(), new Streak(1, now), (old, one) -> new Streak(old.frames() + 1, old.start()));
        if (s.frames() >= inertia) {
            streaks.remove(t.id());
            if (inside) {
                stays.put(t.id(), takeOver(t).orElseGet(() -> new Stay(t, s.start())));
            } else {
                stays.remove(t.id());
            }
        }
    }
}
