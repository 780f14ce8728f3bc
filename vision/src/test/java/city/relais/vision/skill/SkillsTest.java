package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.config.camera.Camera;
import city.relais.config.camera.Direction;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.BinSkill;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.LoiteringSkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.SkillConfig;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SkillsTest {

    private static final Polygon SQUARE = new Polygon(List.of(new Point(0.1, 0.1), new Point(0.5, 0.1),
            new Point(0.5, 0.5), new Point(0.1, 0.5)));

    private static Camera camera(List<SkillConfig> skills) {
        Map<String, Polygon> zones = new LinkedHashMap<>();
        zones.put("walk", SQUARE);
        zones.put("bin-1", SQUARE);
        return new Camera("cam-1", "demo:x", 5, null, List.of(), List.of(), zones,
                Map.of("stop", new Line(List.of(new Point(0.1, 0.4), new Point(0.9, 0.4)), Direction.UP)), skills);
    }

    @Test
    void the_four_headline_skills_are_built_from_their_records_in_file_order() {
        List<Skill> skills = Skills.forCamera(camera(List.of(
                new PresenceSkill("walk", List.of("person"), Duration.ofSeconds(60), 3),
                new EmergencyVehicleSkill("walk", "stop", null, "N", List.of("car"), 1, 4, 3),
                new BinSkill("bin-1", 0.05, 0.8, Duration.ofMinutes(10)),
                new IllegalDumpSkill("walk", 0.25, Duration.ofMinutes(5), 3))), Evidence.NONE);
        assertThat(skills).extracting(Skill::name).containsExactly("presence", "emergency-vehicle", "bin",
                "illegal-dump");
        assertThat(skills).extracting(Skill::watches).containsExactly("walk", "walk / stop", "bin-1", "walk");
    }

    @Test
    void a_catalogue_skill_is_built_by_the_catalogue_and_a_missing_zone_is_refused_by_name() {
        List<Skill> catalogue = Skills.forCamera(camera(List.of(new LoiteringSkill("walk", List.of("person"),
                Duration.ofMinutes(5), 3))), Evidence.NONE);
        assertThat(catalogue).extracting(Skill::name).containsExactly("loitering");
        assertThat(catalogue).extracting(Skill::watches).containsExactly("walk");
        assertThatThrownBy(() -> Skills.forCamera(camera(List.of(new BinSkill("bin-9", 0.05, 0.8,
                Duration.ofMinutes(10)))), Evidence.NONE))
                .hasMessage("camera cam-1: skill bin watches zone 'bin-9', which is not drawn (zones: walk, bin-1)");
    }
}
