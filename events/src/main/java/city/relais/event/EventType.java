package city.relais.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened. Each type has a short wire name ({@code zone.empty}) and a CloudEvents {@code type} attribute
 * ({@code city.relais.zone.empty}). The set is closed: a name not listed here is rejected on decode.
 */
public enum EventType {
    ZONE_OCCUPIED("zone.occupied"),
    ZONE_EMPTY("zone.empty"),
    EMERGENCY_APPROACHING("emergency.approaching"),
    EMERGENCY_CLEARED("emergency.cleared"),
    DEMAND_WAITING("demand.waiting"),
    DEMAND_CLEARED("demand.cleared"),
    BIN_LEVEL("bin.level"),
    BIN_OVERFLOWING("bin.overflowing"),
    BIN_CLEARED("bin.cleared"),
    DUMP_DETECTED("dump.detected"),
    DUMP_REMOVED("dump.removed"),
    OBJECT_ABANDONED("object.abandoned"),
    LOITERING_DETECTED("loitering.detected"),
    INTRUSION_DETECTED("intrusion.detected"),
    PARKING_OVERSTAY("parking.overstay"),
    REDLIGHT_CROSSED("redlight.crossed"),
    LINE_CROSSED("line.crossed"),
    CROWD_DETECTED("crowd.detected"),
    WRONGWAY_DETECTED("wrongway.detected"),
    CAMERA_DOWN("camera.down"),
    CAMERA_UP("camera.up"),
    /**
     * The hub suspended a skill's automatic actuation on a camera: operators judged too many of its detections false.
     * Measurements {@code false_positive_rate} and {@code sample}; the explanation names the skill.
     */
    SKILL_SUSPENDED("skill.suspended");

    /** Prefix of every CloudEvents {@code type} this hub emits and reads. */
    public static final String CLOUD_EVENT_TYPE_PREFIX = "city.relais.";

    private static final Map<String, EventType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final String cloudEventType;

    EventType(String wireName) {
        this.wireName = wireName;
        this.cloudEventType = "city.relais." + wireName;
    }

    /** The short name, e.g. {@code zone.empty}. */
    public String wireName() {
        return wireName;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code city.relais.zone.empty}. */
    public String cloudEventType() {
        return cloudEventType;
    }

    /** The type whose wire name is exactly {@code wireName}; empty for null or an unknown name. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName).map(BY_WIRE_NAME::get);
    }

    /** The type whose CloudEvents {@code type} is exactly {@code ceType}; empty for null, a foreign or unknown type. */
    public static Optional<EventType> fromCloudEventType(String ceType) {
        if (ceType == null || !ceType.startsWith(CLOUD_EVENT_TYPE_PREFIX)) {
            return Optional.empty();
        }
        return fromWireName(ceType.substring(CLOUD_EVENT_TYPE_PREFIX.length()));
    }
}
