package city.relais.config.skill;

import java.time.Duration;
import java.util.List;

/**
 * Illegal dump: a new static object, nobody near it. Needs the camera calibration (metres).
 *
 * @param zone the public-space zone
 * @param minAreaM2 smallest object on the ground, (0..100] m2, default 0.25
 * @param staticFor unmoved this long, 10s..24h, default 5min
 * @param ownerRadiusM nobody within this radius, 0..50 m, default 3
 */
public record IllegalDumpSkill(String zone, double minAreaM2, Duration staticFor, double ownerRadiusM)
        implements SkillConfig {

    public static final String NAME = "illegal-dump";
    public static final List<String> EVENTS = List.of("dump.detected", "dump.removed");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> events() {
        return EVENTS;
    }
}
