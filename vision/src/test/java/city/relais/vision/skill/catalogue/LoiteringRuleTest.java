package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.skill.LoiteringSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.skill.Evidence;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoiteringRuleTest {

    private final LoiteringRule rule = new LoiteringRule(
            new LoiteringSkill("square", List.of("person"), Duration.ofSeconds(10), 3),
            Scene.rect("square", 0.2, 0.2, 0.8, 0.8), (f, type, box) -> Optional.of("snap://" + f.frameIndex()));
    private final Scene scene = new Scene(rule, 4);

    @Test
    void alerts_once_when_a_person_stays_longer_than_max_presence() {
        assertThat(scene.hold(10, Scene.at(7, "person", 0.5, 0.5))).isEmpty();
        List<CityEvent> events = scene.frame(Scene.at(7, "person", 0.5, 0.5));
        assertThat(events).hasSize(1);
        CityEvent e = events.get(0);
        assertThat(e.type()).isEqualTo(EventType.LOITERING_DETECTED);
        assertThat(e.zone()).isEqualTo("square");
        assertThat(e.trackId()).isEqualTo(7L);
        assertThat(e.confidence()).isEqualTo(0.8);
        assertThat(e.measurements()).containsEntry("dwell_s", 10.0).containsEntry("max_presence_s", 10.0);
        assertThat(e.explanation()).isEqualTo("person #7 in zone square for 10.0 s (max presence 10.0 s)");
        assertThat(e.evidence()).isEqualTo("snap://40");
        assertThat(scene.hold(30, Scene.at(7, "person", 0.5, 0.5))).isEmpty();
    }

    @Test
    void a_new_stay_after_leaving_alerts_again() {
        scene.hold(11, Scene.at(7, "person", 0.5, 0.5));
        scene.hold(1, Scene.at(7, "person", 0.9, 0.9));
        assertThat(scene.hold(10, Scene.at(7, "person", 0.5, 0.5))).isEmpty();
        assertThat(scene.hold(0.25, Scene.at(7, "person", 0.5, 0.5))).hasSize(1);
        assertThat(scene.events()).hasSize(2);
    }

    @Test
    void a_track_found_again_under_a_new_id_at_the_same_spot_keeps_its_dwell() {
        scene.hold(6, Scene.at(7, "person", 0.5, 0.5));
        scene.hold(0.5);
        assertThat(scene.hold(3.5, Scene.at(8, "person", 0.51, 0.5))).isEmpty();
        assertThat(scene.frame(Scene.at(8, "person", 0.51, 0.5))).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(8L);
            assertThat(e.measurements()).containsEntry("dwell_s", 10.0);
        });
    }

    @Test
    void a_lost_track_does_not_loiter_and_leaves_after_the_grace_time() {
        scene.hold(5, Scene.at(7, "person", 0.5, 0.5));
        Track lost = Scene.track(7, "person", 0.5, 0.5, TrackState.LOST);
        assertThat(scene.hold(10, lost)).isEmpty();
        assertThat(scene.hold(10, Scene.at(7, "person", 0.5, 0.5))).isEmpty();
        assertThat(scene.frame(Scene.at(7, "person", 0.5, 0.5))).hasSize(1);
    }

    @Test
    void passers_by_and_other_classes_raise_nothing() {
        scene.hold(8, Scene.at(1, "person", 0.5, 0.5));
        scene.hold(30, Scene.at(2, "car", 0.5, 0.5), Scene.at(3, "person", 0.9, 0.5));
        assertThat(scene.events()).isEmpty();
    }

    @Test
    void no_evidence_reference_when_the_core_gives_none() {
        Scene plain = new Scene(new LoiteringRule(new LoiteringSkill("square", List.of("person"),
                Duration.ofSeconds(10), 3), Scene.rect("square", 0, 0, 1, 1), Evidence.NONE), 4);
        assertThat(plain.hold(10.25, Scene.at(1, "person", 0.5, 0.5))).singleElement()
                .satisfies(e -> assertThat(e.evidence()).isNull());
    }
}
