package city.relais.hub.privacy;

import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.BinSkill;
import city.relais.config.skill.CountingSkill;
import city.relais.config.skill.CrowdingSkill;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.IntrusionSkill;
import city.relais.config.skill.LoiteringSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.RedLightSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.config.skill.WrongWaySkill;
import java.util.List;

/**
 * What a skill is for and what it looks at, in the words of a data-protection record.
 *
 * @param purpose   why the city runs it
 * @param watched   the object classes it considers (empty when it looks at pixels or static objects only)
 * @param specifics what else it measures, beyond classes, boxes and per-camera track ids
 */
public record SkillPurpose(String purpose, List<String> watched, String specifics) {

    public SkillPurpose {
        watched = List.copyOf(watched);
    }

    /** The purpose of one configured skill. */
    public static SkillPurpose of(SkillConfig skill) {
        if (skill instanceof PresenceSkill s) {
            return new SkillPurpose("know whether the zone is occupied or empty, to adapt public lighting (dim "
                    + "lamps on an empty street)", s.classes(), "time since the zone was last occupied");
        } else if (skill instanceof EmergencyVehicleSkill s) {
            return new SkillPurpose("request traffic-signal priority for an emergency vehicle approaching the stop "
                    + "line (the controller decides)", s.classes(),
                    "flashing-light pattern inside vehicle boxes; distance to the stop line");
        } else if (skill instanceof OnDemandSkill s) {
            return new SkillPurpose("request a green phase (detector call) for road users waiting at the crossing",
                    s.classes(), "waiting time in the zone");
        } else if (skill instanceof BinSkill) {
            return new SkillPurpose("detect an overflowing public bin and ask the waste service to empty it",
                    List.of(), "fill level of the bin area (pixels of the bin and the ring around it)");
        } else if (skill instanceof IllegalDumpSkill) {
            return new SkillPurpose("detect bulky waste left in a public place and ask the waste service to remove "
                    + "it", List.of("person"), "size in m² and stillness of new static objects; whether a person "
                    + "stays within the owner radius (no identity)");
        } else if (skill instanceof AbandonedObjectSkill s) {
            return new SkillPurpose("alert an operator to an object left unattended", s.classes(),
                    "time unattended; distance to the nearest person (no identity)");
        } else if (skill instanceof LoiteringSkill s) {
            return new SkillPurpose("alert an operator when a presence in a sensitive zone lasts longer than "
                    + "allowed", s.classes(), "time each track spends in the zone");
        } else if (skill instanceof IntrusionSkill s) {
            return new SkillPurpose("alert an operator to a presence in a closed zone outside its opening hours",
                    s.classes(), "time of day against the zone's schedule");
        } else if (skill instanceof ParkingOverstaySkill s) {
            return new SkillPurpose("detect vehicles parked longer than allowed (no plate reading)", s.classes(),
                    "time each vehicle track stays still");
        } else if (skill instanceof RedLightSkill s) {
            return new SkillPurpose("count stop-line crossings on red for road-safety statistics (no plate "
                    + "reading)", s.classes(), "signal state of the approach; line crossings");
        } else if (skill instanceof CountingSkill s) {
            return new SkillPurpose("count road users crossing a line (mobility statistics)", s.classes(),
                    "line crossings and their direction");
        } else if (skill instanceof CrowdingSkill s) {
            return new SkillPurpose("warn when too many people stay in a zone for too long (crowd safety)",
                    s.classes(), "number of tracks in the zone and for how long");
        } else if (skill instanceof WrongWaySkill s) {
            return new SkillPurpose("detect road users moving against the allowed direction", s.classes(),
                    "direction of movement of each track");
        }
        throw new IllegalArgumentException("no purpose is written for skill '" + skill.name() + "'");
    }
}
