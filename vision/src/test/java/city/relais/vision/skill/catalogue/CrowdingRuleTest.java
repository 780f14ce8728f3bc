package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.skill.CrowdingSkill;
import city.relais.vision.skill.Evidence;
import city.relais.vision.track.Track;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrowdingRuleTest {

    private static final Track A = Scene.at(1, "person", 0.3, 0.5);
    private static final Track B = Scene.at(2, "person", 0.4, 0.5);
    private static final Track C = Scene.at(3, "person", 0.5, 0.5);
    private static final Track OUTSIDE = Scene.at(4, "person", 0.9, 0.5);

    private final Scene scene = new Scene(new CrowdingRule(
            new CrowdingSkill("plaza", List.of("person"), 2, Duration.ofSeconds(3)),
            Scene.rect("plaza", 0, 0, 0.7, 1), Evidence.NONE), 4);

    @Test
    void more_than_max_for_min_duration_gives_one_event_per_episode() {
        assertThat(scene.hold(3, A, B, C, OUTSIDE)).isEmpty();
        assertThat(scene.frame(A, B, C, OUTSIDE)).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isNull();
            assertThat(e.measurements()).containsEntry("count", 3.0).containsEntry("max_count", 2.0)
                    .containsEntry("held_s", 3.0).containsEntry("min_duration_s", 3.0);
            assertThat(e.explanation()).isEqualTo("3 person in zone plaza for 3.0 s (max 2, for at least 3.0 s)");
        });
        scene.hold(0.75, A, B);
        scene.hold(20, A, B, C);
        assertThat(scene.events()).hasSize(1);
        scene.hold(5.25, A, B);
        scene.hold(3.25, A, B, C);
        assertThat(scene.events()).hasSize(2);
    }

    @Test
    void a_dip_longer_than_a_second_restarts_the_hold() {
        scene.hold(2.5, A, B, C);
        scene.hold(1.25, A, B);
        assertThat(scene.hold(3, A, B, C)).isEmpty();
        assertThat(scene.frame(A, B, C)).hasSize(1);
    }

    @Test
    void at_the_threshold_is_not_a_crowd() {
        scene.hold(60, A, B, OUTSIDE);
        assertThat(scene.events()).isEmpty();
    }
}
