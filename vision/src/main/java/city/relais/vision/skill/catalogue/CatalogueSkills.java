package city.relais.vision.skill.catalogue;

import city.relais.config.Site;
import city.relais.config.camera.Camera;
import city.relais.config.camera.GeoPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.CountingSkill;
import city.relais.config.skill.CrowdingSkill;
import city.relais.config.skill.IntrusionSkill;
import city.relais.config.skill.LoiteringSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.config.skill.RedLightSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.config.skill.WrongWaySkill;
import city.relais.vision.geometry.DirectedLine;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.Skill;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Builds the catalogue's skills (everything but presence, emergency vehicle, bin and illegal dump) from their config
 * records and the camera's drawings.
 */
public final class CatalogueSkills {

    private CatalogueSkills() {
    }

    /** True when {@link #create} builds this skill. */
    public static boolean handles(SkillConfig config) {
        return config instanceof LoiteringSkill || config instanceof IntrusionSkill
                || config instanceof ParkingOverstaySkill || config instanceof RedLightSkill
                || config instanceof CountingSkill || config instanceof CrowdingSkill
                || config instanceof WrongWaySkill || config instanceof AbandonedObjectSkill
                || config instanceof OnDemandSkill;
    }

    /** {@link #create(SkillConfig, Camera, Evidence, ZoneId)} with intrusion schedules read in UTC. */
    public static Skill create(SkillConfig config, Camera camera, Evidence evidence) {
        return create(config, camera, evidence, ZoneOffset.UTC);
    }

    /**
     * The skill for {@code config} on {@code camera} in a city with a {@code site} (may be null): intrusion schedules
     * are read in the site's time zone, and sunset/sunrise at the camera's location, or the site's when the camera
     * has none.
     */
    public static Skill create(SkillConfig config, Camera camera, Evidence evidence, Site site) {
        if (site == null) {
            return create(config, camera, evidence);
        }
        Camera located = camera.location() != null ? camera : new Camera(camera.id(), camera.source(),
                camera.analysisFps(), new GeoPoint(site.latitude(), site.longitude()), camera.masks(),
                camera.calibration(), camera.zones(), camera.lines(), camera.skills(), camera.detection());
        return create(config, located, evidence, site.timezone());
    }

    /**
     * The skill for {@code config} on {@code camera}.
     *
     * @param zoneId the city's time zone (intrusion schedules)
     * @throws IllegalArgumentException for a skill outside the catalogue ({@link #handles} is false), a zone or line
     *                                  the camera does not draw, or abandoned-object on an uncalibrated camera
     */
    public static Skill create(SkillConfig config, Camera camera, Evidence evidence, ZoneId zoneId) {
        if (config instanceof LoiteringSkill s) {
            return new LoiteringRule(s, zone(camera, s), evidence);
        } else if (config instanceof IntrusionSkill s) {
            return new IntrusionRule(s, zone(camera, s), zoneId, camera.location(), evidence);
        } else if (config instanceof ParkingOverstaySkill s) {
            return new ParkingOverstayRule(s, zone(camera, s), evidence);
        } else if (config instanceof RedLightSkill s) {
            return new RedLightRule(s, line(camera, s), evidence);
        } else if (config instanceof CountingSkill s) {
            return new CountingRule(s, line(camera, s), evidence);
        } else if (config instanceof CrowdingSkill s) {
            return new CrowdingRule(s, zone(camera, s), evidence);
        } else if (config instanceof WrongWaySkill s) {
            return new WrongWayRule(s, zone(camera, s), evidence);
        } else if (config instanceof AbandonedObjectSkill s) {
            if (!camera.calibrated()) {
                throw new IllegalArgumentException("camera " + camera.id() + ": abandoned-object measures metres and "
                        + "needs a ground calibration");
            }
            return new AbandonedObjectRule(s, zone(camera, s), GroundCalibration.fit(camera.calibration()), evidence);
        } else if (config instanceof OnDemandSkill s) {
            return new OnDemandRule(s, zone(camera, s), evidence);
        }
        throw new IllegalArgumentException("skill " + config.name() + " is not in the catalogue (it is one of the "
                + "headline skills)");
    }

    private static Zone zone(Camera camera, SkillConfig skill) {
        Polygon drawn = camera.zones().get(skill.zone());
        if (drawn == null) {
            throw new IllegalArgumentException("camera " + camera.id() + ": skill " + skill.name() + " watches zone '"
                    + skill.zone() + "', which is not drawn (zones: " + String.join(", ", camera.zones().keySet())
                    + ")");
        }
        return new Zone(skill.zone(), drawn);
    }

    private static DirectedLine line(Camera camera, SkillConfig skill) {
        Line drawn = camera.lines().get(skill.line());
        if (drawn == null) {
            throw new IllegalArgumentException("camera " + camera.id() + ": skill " + skill.name() + " watches line '"
                    + skill.line() + "', which is not drawn (lines: " + String.join(", ", camera.lines().keySet())
                    + ")");
        }
        return new DirectedLine(skill.line(), drawn);
    }
}
