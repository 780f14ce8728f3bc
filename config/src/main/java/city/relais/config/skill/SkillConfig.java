package city.relais.config.skill;

import java.util.List;

/**
 * One skill running on a camera: what is drawn for it, its parameters, and the events it emits.
 * Written in YAML as a one-key map naming the skill: {@code - presence: {zone: sidewalk, empty-after: 60s}}.
 */
public sealed interface SkillConfig permits PresenceSkill, EmergencyVehicleSkill, OnDemandSkill, BinSkill,
        IllegalDumpSkill, AbandonedObjectSkill, LoiteringSkill, IntrusionSkill, ParkingOverstaySkill, RedLightSkill,
        CountingSkill, CrowdingSkill, WrongWaySkill {

    /** The skill's name in the file, e.g. {@code illegal-dump}. */
    String name();

    /** The camera zone this skill watches; null for the line-only skills (red-light, counting). */
    String zone();

    /** The camera line this skill watches (stop line, counting line); null when it watches none. */
    default String line() {
        return null;
    }

    /** The event types this skill emits. */
    List<String> events();
}
