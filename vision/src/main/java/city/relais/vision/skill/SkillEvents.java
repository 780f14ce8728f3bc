package city.relais.vision.skill;

import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;

import java.util.Locale;

/** Builds a skill's events: stamped with the frame's time, camera and zone, and carrying evidence when there is any. */
final class SkillEvents {

    private final Evidence evidence;

    SkillEvents(Evidence evidence) {
        this.evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** A builder for {@code type} at this frame, in {@code zone}, with the evidence reference for {@code subject}. */
    CityEvent.Builder event(SceneFrame frame, EventType type, String zone, Box subject) {
        CityEvent.Builder b = CityEvent.builder(type, frame.camera()).time(frame.at()).zone(zone)
                .measurement("clip_time_s", frame.time());
        evidence.snapshot(frame, type.wireName(), subject).ifPresent(b::evidence);
        return b;
    }

    /** A number for an explanation: at most 2 decimals. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
