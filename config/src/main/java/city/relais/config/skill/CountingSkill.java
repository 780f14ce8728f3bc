package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Counting: crossings of the line by class, in the line's direction.
 *
 * @param line the counting line (required)
 * @param classes default person, bicycle, car, motorcycle, bus, truck
 * @param period a count summary ({@code line.crossed} without a track) every period, 0..24h, default 1min; 0 = none
 */
public record CountingSkill(String line, List<String> classes, Duration period) implements SkillConfig {

    public static final String NAME = "counting";
    public static final List<String> EVENTS = List.of("line.crossed");

    public CountingSkill {
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
        return line;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
