package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Direction;
import city.relais.config.skill.CountingSkill;
import city.relais.event.CityEvent;
import city.relais.vision.skill.Evidence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingRuleTest {

    private final Scene scene = new Scene(new CountingRule(
            new CountingSkill("count-a", List.of("car", "person"), Duration.ofSeconds(10)),
            Lines.horizontal("count-a", 0.5, Direction.ANY), Evidence.NONE), 4);

    @Test
    void counts_each_track_once_per_direction_by_class_and_sums_up_each_period() {
        scene.frame(Scene.at(1, "car", 0.3, 0.4), Scene.at(2, "car", 0.6, 0.3), Scene.at(3, "person", 0.8, 0.7));
        List<CityEvent> first = scene.frame(Scene.at(1, "car", 0.3, 0.6), Scene.at(2, "car", 0.6, 0.4),
                Scene.at(3, "person", 0.8, 0.4));
        assertThat(first).extracting(CityEvent::trackId).containsExactly(1L, 3L);
        assertThat(first.get(0).measurements()).containsEntry("car.down", 1.0).containsEntry("direction_down", 1.0);
        assertThat(first.get(0).explanation()).isEqualTo("car #1 crossed line count-a going down (1 car.down this period)");
        assertThat(first.get(1).measurements()).containsEntry("person.up", 1.0);
        List<CityEvent> second = scene.frame(Scene.at(1, "car", 0.3, 0.4), Scene.at(2, "car", 0.6, 0.6));
        assertThat(second).extracting(CityEvent::trackId).containsExactly(1L, 2L);
        assertThat(second.get(1).measurements()).containsEntry("car.down", 2.0);
        scene.frame(Scene.at(1, "car", 0.3, 0.6), Scene.at(2, "car", 0.6, 0.4));
        scene.frame(Scene.at(1, "car", 0.3, 0.4));
        assertThat(scene.events()).hasSize(5);
        scene.hold(8.75);
        assertThat(scene.events()).hasSize(5);
        List<CityEvent> summary = scene.frame();
        assertThat(summary).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isNull();
            assertThat(e.measurements()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("total", 5.0,
                    "period_s", 10.0, "car.down", 2.0, "car.up", 2.0, "person.up", 1.0));
        });
        scene.hold(9.75);
        assertThat(scene.frame()).singleElement()
                .satisfies(e -> assertThat(e.measurements()).containsEntry("total", 0.0));
    }

    @Test
    void the_line_direction_decides_what_counts() {
        Scene down = new Scene(new CountingRule(new CountingSkill("c", List.of("car"), Duration.ZERO),
                Lines.horizontal("c", 0.5, Direction.DOWN), Evidence.NONE), 4);
        down.frame(Scene.at(1, "car", 0.3, 0.6), Scene.at(2, "car", 0.6, 0.4));
        down.frame(Scene.at(1, "car", 0.3, 0.4), Scene.at(2, "car", 0.6, 0.6));
        down.hold(100);
        assertThat(down.events()).extracting(CityEvent::trackId).containsExactly(2L);
    }
}
