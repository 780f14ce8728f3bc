package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.config.TimeWindow;
import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.Camera;
import city.relais.config.camera.Direction;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.CountingSkill;
import city.relais.config.skill.CrowdingSkill;
import city.relais.config.skill.IntrusionSkill;
import city.relais.config.skill.LoiteringSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.RedLightSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.config.skill.WrongWaySkill;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.Skill;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueSkillsTest {

    private static final Polygon SQUARE = new Polygon(List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1),
            new Point(0, 1)));
    private static final Line STOP = new Line(List.of(new Point(0, 0.5), new Point(1, 0.5)), Direction.UP);
    private static final List<CalibrationPoint> CAL = List.of(
            new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
            new CalibrationPoint(new Point(1, 0), new GroundPoint(10, 0)),
            new CalibrationPoint(new Point(1, 1), new GroundPoint(10, 10)),
            new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 10)));

    private static Camera camera(List<CalibrationPoint> calibration) {
        return new Camera("cam-1", "demo:street", 5, null, List.of(), calibration, Map.of("z", SQUARE),
                Map.of("stop", STOP), List.of());
    }

    @Test
    void builds_each_catalogue_skill_with_its_name_and_geometry() {
        List<SkillConfig> configs = List.of(
                new LoiteringSkill("z", List.of("person"), Duration.ofMinutes(5), 3),
                new IntrusionSkill("z", List.of("person"), TimeWindow.ALWAYS, 3),
                new ParkingOverstaySkill("z", List.of("car"), Duration.ofMinutes(30)),
                new RedLightSkill("stop", "tl", "N", List.of("car")),
                new CountingSkill("stop", List.of("car"), Duration.ofMinutes(1)),
                new CrowdingSkill("z", List.of("person"), 20, Duration.ofSeconds(10)),
                new WrongWaySkill("z", List.of("car"), Direction.UP, List.of(), 3),
                new AbandonedObjectSkill("z", List.of("suitcase"), 3, Duration.ofSeconds(30), 5, Duration.ofSeconds(2)),
                new OnDemandSkill("z", List.of("car"), Duration.ofSeconds(3), null, null, 3));
        for (SkillConfig c : configs) {
            assertThat(CatalogueSkills.handles(c)).isTrue();
            Skill s = CatalogueSkills.create(c, camera(CAL), Evidence.NONE);
            assertThat(s.name()).isEqualTo(c.name());
            assertThat(s.watches()).isEqualTo(c.zone() != null ? c.zone() : c.line());
        }
    }

    @Test
    void refuses_headline_skills_missing_geometry_and_uncalibrated_abandoned_object() {
        PresenceSkill presence = new PresenceSkill("z", List.of("person"), Duration.ofSeconds(60), 3);
        assertThat(CatalogueSkills.handles(presence)).isFalse();
        assertThatThrownBy(() -> CatalogueSkills.create(presence, camera(CAL), Evidence.NONE))
                .hasMessageContaining("not in the catalogue");
        assertThatThrownBy(() -> CatalogueSkills.create(new LoiteringSkill("nowhere", List.of("person"),
                Duration.ofMinutes(5), 3), camera(CAL), Evidence.NONE))
                .hasMessage("camera cam-1: skill loitering watches zone 'nowhere', which is not drawn (zones: z)");
        assertThatThrownBy(() -> CatalogueSkills.create(new CountingSkill("gone", List.of("car"), Duration.ZERO),
                camera(CAL), Evidence.NONE))
                .hasMessage("camera cam-1: skill counting watches line 'gone', which is not drawn (lines: stop)");
        assertThatThrownBy(() -> CatalogueSkills.create(new AbandonedObjectSkill("z", List.of("suitcase"), 3,
                Duration.ofSeconds(30), 5, Duration.ofSeconds(2)), camera(List.of()), Evidence.NONE))
                .hasMessageContaining("needs a ground calibration");
    }

    @Test
    void intrusion_schedules_are_read_in_the_site_time_zone() {
        IntrusionSkill night = new IntrusionSkill("z", List.of("person"), new TimeWindow(
                TimeWindow.Bound.clock(java.time.LocalTime.of(22, 0)), TimeWindow.Bound.clock(
                java.time.LocalTime.of(6, 0))), 1);
        city.relais.config.Site paris = new city.relais.config.Site("pilot", java.time.ZoneId.of("Europe/Paris"),
                48.8566, 2.3522);
        // 21:30 UTC is 22:30 in Paris (winter time): inside the window there, outside it in UTC
        java.time.Instant at = java.time.Instant.parse("2026-11-28T21:30:00Z");
        Skill inParis = CatalogueSkills.create(night, camera(CAL), Evidence.NONE, paris);
        Skill inUtc = CatalogueSkills.create(night, camera(CAL), Evidence.NONE);
        city.relais.vision.skill.SceneFrame frame = new city.relais.vision.skill.SceneFrame("cam-1", 0, 0, at,
                new city.relais.models.ImageFrame(4, 4, new byte[48]), true,
                List.of(Scene.at(1, "person", 0.5, 0.5)), null);
        assertThat(inParis.observe(frame)).singleElement()
                .satisfies(e -> assertThat(e.explanation()).endsWith("during schedule 22:00..06:00"));
        assertThat(inUtc.observe(frame)).isEmpty();
    }
}
