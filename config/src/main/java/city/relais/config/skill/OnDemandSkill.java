package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * On-demand green (night): a road user waiting in the zone for {@code minWait} places a call, as a loop detector
 * would.
 *
 * @param zone the waiting zone of one approach
 * @param classes default person, bicycle, car, motorcycle
 * @param minWait wait before demand.waiting, 0..5min, default 3s
 * @param signal traffic-controller device id, optional
 * @param approach approach name on that controller, optional
 * @param inertia default 3
 */
public record OnDemandSkill(String zone, List<String> classes, Duration minWait, String signal, String approach,
                            int inertia) implements SkillConfig, SignalLinked {

    public static final String NAME = "on-demand";
    public static final List<String> EVENTS = List.of("demand.waiting", "demand.cleared");

    public OnDemandSkill {
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
