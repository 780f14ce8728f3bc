package city.relais.vision.skill;

import city.relais.config.Site;
import city.relais.config.camera.Camera;
import city.relais.config.camera.Line;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.BinSkill;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.catalogue.CatalogueSkills;

import java.util.ArrayList;
import java.util.List;

/** Builds a camera's {@link Skill}s from the skill records of the city file. */
public final class Skills {

    private Skills() {
    }

    /**
     * One skill instance per configured skill of {@code camera}, in file order.
     *
     * @throws IllegalArgumentException naming the camera and skill when a skill cannot be built (a zone or line that
     *                                  does not exist, a skill missing from this build)
     */
    public static List<Skill> forCamera(Camera camera, Evidence evidence) {
        return forCamera(camera, evidence, null);
    }

    /**
     * As {@link #forCamera(Camera, Evidence)}, with the city's site (time zone and position) for skills on a schedule
     * (intrusion from sunset to sunrise); null = the system time zone.
     */
    public static List<Skill> forCamera(Camera camera, Evidence evidence, Site site) {
        GroundCalibration calibration = camera.calibrated() ? GroundCalibration.fit(camera.calibration()) : null;
        List<Skill> skills = new ArrayList<>();
        for (SkillConfig config : camera.skills()) {
            skills.add(build(camera, config, calibration, evidence, site));
        }
        return skills;
    }

    private static Skill build(Camera camera, SkillConfig config, GroundCalibration calibration, Evidence evidence,
                               Site site) {
        if (config instanceof PresenceSkill s) {
            return new PresenceWatch(s, zone(camera, s), evidence);
        } else if (config instanceof EmergencyVehicleSkill s) {
            return new EmergencyVehicleWatch(s, zone(camera, s), line(camera, s, s.stopLine()), calibration, evidence);
        } else if (config instanceof BinSkill s) {
            return new BinWatch(s, zone(camera, s), evidence);
        } else if (config instanceof IllegalDumpSkill s) {
            return new DumpWatch(s, zone(camera, s), calibration, evidence);
        }
        if (CatalogueSkills.handles(config)) {
            return site == null ? CatalogueSkills.create(config, camera, evidence)
                    : CatalogueSkills.create(config, camera, evidence, site);
        }
        throw notAvailable(camera, config);
    }

    private static IllegalArgumentException notAvailable(Camera camera, SkillConfig config) {
        return new IllegalArgumentException("camera " + camera.id() + ": skill " + config.name()
                + " is not available in this build");
    }

    private static Zone zone(Camera camera, SkillConfig config) {
        Polygon drawn = camera.zones().get(config.zone());
        if (drawn == null) {
            throw new IllegalArgumentException("camera " + camera.id() + ": skill " + config.name() + " watches zone '"
                    + config.zone() + "', which is not drawn (zones: " + String.join(", ", camera.zones().keySet())
                    + ")");
        }
        return new Zone(config.zone(), drawn);
    }

    private static Line line(Camera camera, SkillConfig config, String name) {
        Line drawn = camera.lines().get(name);
        if (drawn == null) {
            throw new IllegalArgumentException("camera " + camera.id() + ": skill " + config.name() + " needs line '"
                    + name + "', which is not drawn (lines: " + String.join(", ", camera.lines().keySet()) + ")");
        }
        return drawn;
    }
}
