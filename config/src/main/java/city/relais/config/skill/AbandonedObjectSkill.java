package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Abandoned object: an object whose owner went away. Operator alert only; needs the camera calibration.
 *
 * @param zone the zone watched
 * @param classes object classes the detector must find, default backpack, handbag, suitcase
 * @param ownerDistanceM owner further than this, (0..50] m, default 3
 * @param unattendedFor for this long, 2s..1h, default 30s: the alarm
 * @param preAlertDistanceM owner further than this gives a pre-alert, (0..50] m, default 5
 * @param preAlertAfter for this long, 0..1h, default 2s; 0 = no pre-alert
 * @param objects where candidate objects come from: {@link ObjectSource#DETECTED} tracks of {@code classes}
 *                and/or {@link ObjectSource#STATIC} foreground (a new still thing the detector has no class for);
 *                default both
 * @param minAreaM2 smallest static object, [0.005..10] m², default 0.02
 * @param maxAreaM2 largest static object (a hand-carried thing, not a car or a pile), [0.005..10] m², default 1.0
 */
public record AbandonedObjectSkill(String zone, List<String> classes, double ownerDistanceM, Duration unattendedFor,
                                   double preAlertDistanceM, Duration preAlertAfter, List<ObjectSource> objects,
                                   double minAreaM2, double maxAreaM2) implements SkillConfig {

    public static final String NAME = "abandoned-object";
    public static final List<String> EVENTS = List.of("object.abandoned");
    /** Default {@code objects}: both sources. */
    public static final List<ObjectSource> ALL_SOURCES = List.of(ObjectSource.DETECTED, ObjectSource.STATIC);
    public static final double DEFAULT_MIN_AREA_M2 = 0.02;
    public static final double DEFAULT_MAX_AREA_M2 = 1.0;

    /** Where the skill's candidate objects come from. */
    public enum ObjectSource implements city.relais.config.WireNamed {
        /** Detector tracks of the skill's classes. */
        DETECTED("detected"),
        /** Static foreground: a new still object in the zone (dual-background model), whatever it is. */
        STATIC("static");

        private final String wire;

        ObjectSource(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireName() {
            return wire;
        }
    }

    public AbandonedObjectSkill {
        classes = List.copyOf(classes);
        objects = List.copyOf(objects);
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("abandoned-object needs at least one object source");
        }
    }

    /** Both object sources and the default static size window. */
    public AbandonedObjectSkill(String zone, List<String> classes, double ownerDistanceM, Duration unattendedFor,
                                double preAlertDistanceM, Duration preAlertAfter) {
        this(zone, classes, ownerDistanceM, unattendedFor, preAlertDistanceM, preAlertAfter, ALL_SOURCES,
                DEFAULT_MIN_AREA_M2, DEFAULT_MAX_AREA_M2);
    }

    /** True when candidates come from {@code source}. */
    public boolean uses(ObjectSource source) {
        return objects.contains(source);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
