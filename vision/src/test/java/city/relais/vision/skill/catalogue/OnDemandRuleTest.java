package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.skill.OnDemandSkill;
import city.relais.event.EventType;
import city.relais.vision.skill.Evidence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDemandRuleTest {

    private final Scene scene = new Scene(new OnDemandRule(
            new OnDemandSkill("wait-n", List.of("car", "person"), Duration.ofSeconds(3), "tl-1", "N", 3),
            Scene.rect("wait-n", 0, 0.5, 1, 1), Evidence.NONE), 4);

    @Test
    void a_call_after_min_wait_and_cleared_after_the_zone_is_empty() {
        assertThat(scene.hold(3, Scene.at(8, "car", 0.5, 0.8))).isEmpty();
        assertThat(scene.frame(Scene.at(8, "car", 0.5, 0.8))).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEMAND_WAITING);
            assertThat(e.trackId()).isEqualTo(8L);
            assertThat(e.measurements()).containsEntry("wait_s", 3.0).containsEntry("min_wait_s", 3.0)
                    .containsEntry("waiting", 1.0);
        });
        scene.hold(1.75, Scene.at(8, "car", 0.5, 0.8), Scene.at(9, "person", 0.2, 0.9));
        assertThat(scene.hold(2)).isEmpty();
        assertThat(scene.frame()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEMAND_CLEARED);
            assertThat(e.trackId()).isEqualTo(8L);
            assertThat(e.measurements()).containsEntry("empty_s", 2.0);
        });
        assertThat(scene.events()).hasSize(2);
    }

    @Test
    void passing_through_or_waiting_outside_places_no_call() {
        scene.hold(1.5, Scene.at(1, "car", 0.5, 0.8));
        scene.hold(30, Scene.at(2, "car", 0.5, 0.3), Scene.at(3, "truck", 0.5, 0.8));
        assertThat(scene.events()).isEmpty();
    }
}
