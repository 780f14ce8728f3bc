package city.relais.vision.skill.catalogue;

import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.track.Track;

/**
 * Builds one event of a skill: camera, frame time, zone (or line), the track when there is one, and the evidence
 * reference the core gives for it (a snapshot with persons and plates blurred, or none).
 */
final class EventDraft {

    private final Evidence evidence;

    EventDraft(Evidence evidence) {
        this.evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** A builder stamped with the frame's camera, time and the zone (or line) name. */
    CityEvent.Builder start(EventType type, SceneFrame frame, String zone) {
        return CityEvent.builder(type, frame.camera()).time(frame.at()).zone(zone);
    }

    /** A builder about one track: its id, class and score as the confidence. */
    CityEvent.Builder about(EventType type, SceneFrame frame, String zone, Track track) {
        return start(type, frame, zone).trackId(track.id()).objectClass(track.label())
                .confidence(clamp(track.score()));
    }

    /** Adds the evidence reference for {@code subject} (may be null) when the core gives one, and builds. */
    CityEvent finish(CityEvent.Builder builder, SceneFrame frame, EventType type, Box subject) {
        evidence.snapshot(frame, type.wireName(), subject).ifPresent(builder::evidence);
        return builder.build();
    }

    static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }

    /** Seconds with one decimal, for explanations. */
    static String s(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }
}
