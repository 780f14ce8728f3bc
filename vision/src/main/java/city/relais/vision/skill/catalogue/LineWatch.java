package city.relais.vision.skill.catalogue;

import city.relais.vision.geometry.Crossing;
import city.relais.vision.geometry.DirectedLine;
import city.relais.vision.geometry.LineCrossings;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Crossings of one line by the confirmed tracks of some classes, on analysed frames; forgets the tracks the tracker
 * dropped. A track seen for the first time starts from the oldest box of its history, so that a crossing made while
 * the tracker was still confirming it counts. Not thread-safe: one per skill.
 */
final class LineWatch {

    /** One crossing and the track that made it. */
    record Crossed(Crossing crossing, Track track) {
    }

    private final DirectedLine line;
    private final LineCrossings crossings;
    private final Set<String> classes;
    private final Set<Long> known = new HashSet<>();

    LineWatch(DirectedLine line, List<String> classes) {
        this.line = line;
        this.crossings = new LineCrossings(line);
        this.classes = Set.copyOf(classes);
    }

    DirectedLine line() {
        return line;
    }

    List<Crossed> update(SceneFrame frame) {
        if (!frame.analysed()) {
            return List.of();
        }
        List<Crossed> out = new ArrayList<>();
        Set<Long> alive = new HashSet<>();
        for (Track t : frame.tracks()) {
            if (t.state() == TrackState.TENTATIVE || !classes.contains(t.label())) {
                continue;
            }
            alive.add(t.id());
            if (t.isConfirmed()) {
                if (!known.contains(t.id()) && !t.history().isEmpty()) {
                    crossings.update(t.id(), t.history().get(0));
                }
                crossings.update(t.id(), t.box()).ifPresent(c -> out.add(new Crossed(c, t)));
            }
        }
        for (Long id : known) {
            if (!alive.contains(id)) {
                crossings.forget(id);
            }
        }
        known.clear();
        known.addAll(alive);
        return out;
    }
}
