package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Presence / empty street: a zone is occupied while a track of {@code classes} is in it; empty after {@code
 * emptyAfter} without any.
 *
 * @param zone the zone watched
 * @param classes COCO classes that count, default person, bicycle, car, motorcycle
 * @param emptyAfter zone.empty after this long without a track, 1s..1h, default 60s
 * @param inertia consecutive frames inside before a track counts, 1..100, default 3
 */
public record PresenceSkill(String zone, List<String> classes, Duration emptyAfter, int inertia)
        implements SkillConfig {

    public static final String NAME = "presence";
    public static final List<String> EVENTS = List.of("zone.occupied", "zone.empty");

    public PresenceSkill {
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
