package city.relais.config.skill;

import java.util.List;

/**
 * Red-light crossing: a vehicle crossing the stop line while its approach is red (statistics, alert).
 *
 * @param stopLine the stop line (required)
 * @param signal traffic-controller giving the signal state (required)
 * @param approach approach on that controller (required)
 * @param classes default car, motorcycle, bus, truck
 */
public record RedLightSkill(String stopLine, String signal, String approach, List<String> classes)
        implements SkillConfig, SignalLinked {

    public static final String NAME = "red-light";
    public static final List<String> EVENTS = List.of("redlight.crossed");

    public RedLightSkill {
        classes = List.copyOf(classes);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** None: this skill watches a line. */
    @Override
    public String zone() {
        return null;
    }

    @Override
    public String line() {
        return stopLine;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
