package city.relais.vision.skill;

import city.relais.vision.geometry.Box;

import java.util.Optional;

/**
 * Where a skill asks for evidence of an event. The only implementation that stores images blurs every person box
 * and every vehicle's plate area (except the subject when it is not a person) and blacks out the masks before
 * anything leaves memory; the skill never sees a stored image, only the reference.
 */
@FunctionalInterface
public interface Evidence {

    /** Metadata only: no image is ever produced (the default). */
    Evidence NONE = (frame, eventType, subject) -> Optional.empty();

    /**
     * A blurred snapshot of {@code frame} for an event of {@code eventType} about {@code subject} (may be null),
     * or empty when this event type gets no snapshot.
     *
     * @return an opaque reference for {@code CityEvent.evidence}
     */
    Optional<String> snapshot(SceneFrame frame, String eventType, Box subject);
}
