package city.relais.config;

import java.util.List;
import java.util.Set;

/** The event types (wire names) an automation, a ticketing service map or a privacy rule may name. */
public final class EventTypes {

    /** Every known event type, in a stable order for messages. */
    public static final List<String> ALL = List.of(
            "zone.occupied", "zone.empty",
            "emergency.approaching", "emergency.cleared",
            "demand.waiting", "demand.cleared",
            "bin.level", "bin.overflowing", "bin.cleared",
            "dump.detected", "dump.removed",
            "object.abandoned", "loitering.detected", "intrusion.detected",
            "parking.overstay", "redlight.crossed", "line.crossed",
            "crowd.detected", "wrongway.detected",
            "camera.down", "camera.up");

    /** Emitted by every camera, whatever its skills. */
    public static final List<String> CAMERA_HEALTH = List.of("camera.down", "camera.up");

    /** Security events (tier 4): an operator decides, nothing acts on them automatically. */
    public static final Set<String> SECURITY = Set.of("object.abandoned", "loitering.detected", "intrusion.detected");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private EventTypes() {
    }

    public static boolean isKnown(String type) {
        return KNOWN.contains(type);
    }
}
