package city.relais.config.skill;

import city.relais.config.TimeWindow;

import java.util.List;

/**
 * Intrusion: one of {@code classes} inside the perimeter zone during {@code schedule}. Operator alert only.
 *
 * @param zone the perimeter
 * @param classes default person
 * @param schedule when intrusions count, default always
 * @param inertia default 3
 */
public record IntrusionSkill(String zone, List<String> classes, TimeWindow schedule, int inertia)
        implements SkillConfig {

    public static final String NAME = "intrusion";
    public static final List<String> EVENTS = List.of("intrusion.detected");

    public IntrusionSkill {
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
