package city.relais.vision.skill;

import java.util.Set;

/** The COCO classes that move by themselves: their boxes hide the ground from the static-scene rules. */
final class Movers {

    static final Set<String> LABELS = Set.of("person", "bicycle", "car", "motorcycle", "bus", "truck", "train");
    static final Set<String> PERSONS = Set.of("person");

    /** A LOST track counts for this long after its last detection; after that its predicted box is a guess. */
    static final double LOST_GRACE_S = 1.0;

    private Movers() {
    }

    /** True when the track stands for an object there now: confirmed, or lost less than {@link #LOST_GRACE_S} ago. */
    static boolean present(city.relais.vision.track.Track track, double time) {
        return track.isConfirmed() || track.state() == city.relais.vision.track.TrackState.LOST
                && time - track.lastSeen() <= LOST_GRACE_S;
    }

    /** The tracks {@link #present} at {@code time}. */
    static java.util.List<city.relais.vision.track.Track> present(java.util.List<city.relais.vision.track.Track> tracks,
                                                                 double time) {
        return tracks.stream().filter(t -> present(t, time)).toList();
    }
}
