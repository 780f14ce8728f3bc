package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Bin fill and overflow: the bin region against its empty reference, plus a ring of ground around it.
 *
 * @param zone the bin region
 * @param ring width of the ground ring around the bin, image fraction 0..0.5, default 0.05
 * @param fillThreshold fill level (0..1] that counts as full, default 0.8
 * @param overflowAfter full or spilling this long gives bin.overflowing, 0..24h, default 10min
 */
public record BinSkill(String zone, double ring, double fillThreshold, Duration overflowAfter) implements SkillConfig {

    public static final String NAME = "bin";
    public static final List<String> EVENTS = List.of("bin.level", "bin.overflowing", "bin.cleared");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
