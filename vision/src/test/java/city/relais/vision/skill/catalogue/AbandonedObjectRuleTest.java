package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Point;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.event.CityEvent;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.skill.Evidence;
import city.relais.vision.track.Track;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbandonedObjectRuleTest {

    /** 10 m across the image both ways. */
    private static final GroundCalibration TEN_METRES = GroundCalibration.fit(List.of(
            new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
            new CalibrationPoint(new Point(1, 0), new GroundPoint(10, 0)),
            new CalibrationPoint(new Point(1, 1), new GroundPoint(10, 10)),
            new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 10))));
    private static final Track BAG = Scene.at(20, "suitcase", 0.52, 0.5);

    private final Scene scene = new Scene(new AbandonedObjectRule(
            new AbandonedObjectSkill("hall", List.of("suitcase"), 3, Duration.ofSeconds(30), 5,
                    Duration.ofSeconds(2)),
            Scene.rect("hall", 0, 0, 1, 1), TEN_METRES, Evidence.NONE), 4);

    @Test
    void pre_alert_then_alarm_once_the_owner_has_walked_away() {
        scene.hold(5, Scene.at(1, "person", 0.5, 0.5), BAG);
        scene.hold(10, Scene.at(1, "person", 0.1, 0.5), BAG);
        assertThat(scene.events()).isEmpty();
        scene.hold(2, BAG);
        assertThat(scene.frame(BAG)).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(20L);
            assertThat(e.measurements()).containsEntry("alarm", 0.0).containsEntry("unattended_s", 2.0)
                    .containsEntry("threshold_m", 5.0).doesNotContainKey("owner_distance_m");
            assertThat(e.explanation()).isEqualTo("pre-alert: suitcase #20 in zone hall, owner #1 gone (> 5.0 m) "
                    + "for 2.0 s (threshold 2.0 s)");
        });
        scene.hold(17.75, BAG);
        assertThat(scene.events()).hasSize(1);
        List<CityEvent> alarm = scene.frame(BAG);
        assertThat(alarm).singleElement().satisfies(e -> {
            assertThat(e.measurements()).containsEntry("alarm", 1.0).containsEntry("unattended_s", 30.0)
                    .containsEntry("threshold_m", 3.0).containsEntry("threshold_s", 30.0);
            assertThat(e.explanation()).startsWith("alarm: suitcase #20");
        });
        scene.hold(60, BAG);
        assertThat(scene.events()).hasSize(2);
    }

    @Test
    void the_owner_coming_back_restarts_the_timers() {
        scene.hold(5, Scene.at(1, "person", 0.5, 0.5), BAG);
        scene.hold(20, Scene.at(1, "person", 0.1, 0.5), BAG);
        scene.hold(5, Scene.at(1, "person", 0.45, 0.5), Scene.at(2, "person", 0.9, 0.9), BAG);
        scene.hold(20, Scene.at(1, "person", 0.1, 0.5), BAG);
        assertThat(scene.events()).isEmpty();
        scene.hold(10.25, Scene.at(1, "person", 0.1, 0.5), BAG);
        assertThat(scene.events()).singleElement().satisfies(e -> {
            assertThat(e.measurements()).containsEntry("alarm", 1.0).containsEntry("unattended_s", 30.0);
            assertThat(e.measurements().get("owner_distance_m")).isCloseTo(4.2,
                    org.assertj.core.data.Offset.offset(1e-6));
        });
    }

    @Test
    void an_object_that_appears_with_nobody_near_it_starts_unattended() {
        scene.hold(2, BAG);
        assertThat(scene.frame(BAG)).singleElement()
                .satisfies(e -> assertThat(e.explanation()).contains("no person near it when it appeared"));
    }
}
