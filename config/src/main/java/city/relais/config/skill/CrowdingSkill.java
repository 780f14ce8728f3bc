package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Crowding: more than {@code maxCount} of {@code classes} in the zone for {@code minDuration}.
 *
 * @param zone the zone watched
 * @param classes default person
 * @param maxCount 1..10000, default 20
 * @param minDuration 0..1h, default 10s
 */
public record CrowdingSkill(String zone, List<String> classes, int maxCount, Duration minDuration)
        implements SkillConfig {

    public static final String NAME = "crowding";
    public static final List<String> EVENTS = List.of("crowd.detected");

    public CrowdingSkill {
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
