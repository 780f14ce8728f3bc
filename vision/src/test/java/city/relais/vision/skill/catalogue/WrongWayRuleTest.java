package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Direction;
import city.relais.config.skill.WrongWaySkill;
import city.relais.vision.skill.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrongWayRuleTest {

    private final Scene scene = new Scene(new WrongWayRule(
            new WrongWaySkill("lane", List.of("car", "bicycle"), Direction.DOWN, List.of("motorcycle"), 3),
            Scene.rect("lane", 0, 0, 1, 1), Evidence.NONE), 4);

    @Test
    void a_car_moving_against_the_lane_is_reported_once() {
        for (int i = 0; i < 6; i++) {
            assertThat(scene.frame(Scene.at(5, "car", 0.5, 0.9 - 0.025 * i))).isEmpty();
        }
        assertThat(scene.frame(Scene.at(5, "car", 0.5, 0.9 - 0.025 * 6))).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(5L);
            assertThat(e.measurements()).containsEntry("against_direction", 1.0).containsKey("travel_against");
            assertThat(e.measurements().get("travel_against")).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        });
        for (int i = 7; i < 30; i++) {
            scene.frame(Scene.at(5, "car", 0.5, 0.9 - 0.025 * i));
        }
        assertThat(scene.events()).hasSize(1);
    }

    @Test
    void moving_with_the_lane_or_standing_is_fine() {
        for (int i = 0; i < 30; i++) {
            scene.frame(Scene.at(1, "car", 0.3, 0.1 + 0.025 * i), Scene.at(2, "car", 0.7, 0.5 + (i % 2) * 0.01));
        }
        assertThat(scene.events()).isEmpty();
    }

    @Test
    void a_forbidden_class_in_the_lane_is_reported_after_inertia() {
        scene.frame(Scene.at(3, "motorcycle", 0.5, 0.5), Scene.at(4, "bicycle", 0.6, 0.5));
        scene.frame(Scene.at(3, "motorcycle", 0.5, 0.55), Scene.at(4, "bicycle", 0.6, 0.55));
        assertThat(scene.frame(Scene.at(3, "motorcycle", 0.5, 0.6), Scene.at(4, "bicycle", 0.6, 0.6)))
                .singleElement().satisfies(e -> {
                    assertThat(e.trackId()).isEqualTo(3L);
                    assertThat(e.objectClass()).isEqualTo("motorcycle");
                    assertThat(e.measurements()).containsEntry("forbidden_class", 1.0);
                    assertThat(e.explanation())
                            .isEqualTo("motorcycle #3 in lane lane, where motorcycle is forbidden (forbidden classes: "
                                    + "motorcycle)");
                });
        scene.hold(5, Scene.at(3, "motorcycle", 0.5, 0.6));
        assertThat(scene.events()).hasSize(1);
    }
}
