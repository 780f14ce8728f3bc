package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Direction;
import city.relais.config.skill.RedLightSkill;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SignalState;
import city.relais.vision.skill.SignalStates;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedLightRuleTest {

    private static final SignalStates RED = a -> "N".equals(a) ? SignalState.RED : SignalState.UNKNOWN;
    private static final SignalStates AMBER = a -> SignalState.AMBER;
    private static final SignalStates GREEN = a -> SignalState.GREEN;

    private final Scene scene = new Scene(new RedLightRule(
            new RedLightSkill("stop-n", "tl-1", "N", List.of("car", "truck")),
            Lines.horizontal("stop-n", 0.5, Direction.DOWN), Evidence.NONE), 4);

    @Test
    void a_car_crossing_in_its_direction_on_red_is_reported_once() {
        assertThat(scene.frame(RED, Scene.at(3, "car", 0.5, 0.45))).isEmpty();
        assertThat(scene.frame(RED, Scene.at(3, "car", 0.5, 0.55))).singleElement().satisfies(e -> {
            assertThat(e.zone()).isEqualTo("stop-n");
            assertThat(e.trackId()).isEqualTo(3L);
            assertThat(e.measurements()).containsEntry("signal_red", 1.0);
            assertThat(e.explanation()).isEqualTo("car #3 crossed stop line stop-n going down while approach N was red");
        });
        scene.frame(RED, Scene.at(3, "car", 0.5, 0.45));
        scene.frame(RED, Scene.at(3, "car", 0.5, 0.55));
        assertThat(scene.events()).hasSize(1);
    }

    @Test
    void green_amber_unknown_the_other_way_or_other_classes_are_not_reported() {
        scene.frame(GREEN, Scene.at(1, "car", 0.5, 0.45));
        scene.frame(GREEN, Scene.at(1, "car", 0.5, 0.55));
        scene.frame(AMBER, Scene.at(2, "car", 0.5, 0.45));
        scene.frame(AMBER, Scene.at(2, "car", 0.5, 0.55));
        scene.frame(Scene.at(4, "car", 0.5, 0.45));
        scene.frame(Scene.at(4, "car", 0.5, 0.55));
        scene.frame(RED, Scene.at(5, "car", 0.5, 0.55), Scene.at(6, "person", 0.2, 0.45));
        scene.frame(RED, Scene.at(5, "car", 0.5, 0.45), Scene.at(6, "person", 0.2, 0.55));
        assertThat(scene.events()).isEmpty();
    }
}
