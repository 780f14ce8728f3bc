package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Loitering: a track staying in the zone longer than {@code maxPresence}. Operator alert only.
 *
 * @param zone the zone watched
 * @param classes default person
 * @param maxPresence 10s..24h, default 5min
 * @param inertia default 3
 */
public record LoiteringSkill(String zone, List<String> classes, Duration maxPresence, int inertia)
        implements SkillConfig {

    public static final String NAME = "loitering";
    public static final List<String> EVENTS = List.of("loitering.detected");

    public LoiteringSkill {
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
