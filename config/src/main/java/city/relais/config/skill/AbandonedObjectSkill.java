package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Abandoned object: an object whose owner went away. Operator alert only; needs the camera calibration.
 *
 * @param zone the zone watched
 * @param classes object classes, default backpack, handbag, suitcase
 * @param ownerDistanceM owner further than this, (0..50] m, default 3
 * @param unattendedFor for this long, 2s..1h, default 30s: the alarm
 * @param preAlertDistanceM owner further than this gives a pre-alert, (0..50] m, default 5
 * @param preAlertAfter for this long, 0..1h, default 2s; 0 = no pre-alert
 */
public record AbandonedObjectSkill(String zone, List<String> classes, double ownerDistanceM, Duration unattendedFor,
                                   double preAlertDistanceM, Duration preAlertAfter) implements SkillConfig {

    public static final String NAME = "abandoned-object";
    public static final List<String> EVENTS = List.of("object.abandoned");

    public AbandonedObjectSkill {
        classes = List.copyOf(classes);
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
