package city.relais.vision.skill;

import city.relais.event.CityEvent;

import java.util.List;

/**
 * One skill running on one camera: it watches {@link SceneFrame}s and emits typed, explained {@link CityEvent}s
 * (the measured values against the thresholds in {@code measurements} and {@code explanation}, the zone, the track
 * and, when the tier needs it, a blurred-evidence reference). Stateful and single-threaded: one instance per camera,
 * called in frame order.
 */
public interface Skill {

    /** The skill's name as written in the city file, e.g. {@code illegal-dump}. */
    String name();

    /** The zone or line it watches, for logs and the processing register. */
    String watches();

    /** Events caused by this frame, in the order they happened; empty most of the time. */
    List<CityEvent> observe(SceneFrame frame);
}
