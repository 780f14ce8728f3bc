package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.vision.skill.Evidence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParkingOverstayRuleTest {

    private final Scene scene = new Scene(new ParkingOverstayRule(
            new ParkingOverstaySkill("bay", List.of("car"), Duration.ofMinutes(1)),
            Scene.rect("bay", 0, 0.4, 1, 1), Evidence.NONE), 2);

    @Test
    void a_car_stationary_longer_than_the_maximum_is_reported_once() {
        assertThat(scene.hold(60, Scene.at(4, "car", 0.5, 0.7))).isEmpty();
        assertThat(scene.frame(Scene.at(4, "car", 0.5, 0.7))).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(4L);
            assertThat(e.measurements()).containsEntry("stationary_s", 60.0).containsEntry("max_stationary_s", 60.0);
            assertThat(e.explanation()).isEqualTo("car #4 stationary in parking zone bay for 60.0 s (max 60.0 s)");
        });
        assertThat(scene.hold(120, Scene.at(4, "car", 0.505, 0.705))).isEmpty();
    }

    @Test
    void moving_restarts_the_clock() {
        scene.hold(40, Scene.at(4, "car", 0.5, 0.7));
        scene.hold(40, Scene.at(4, "car", 0.6, 0.7));
        assertThat(scene.events()).isEmpty();
        scene.hold(20.5, Scene.at(4, "car", 0.6, 0.7));
        assertThat(scene.events()).singleElement()
                .satisfies(e -> assertThat(e.measurements()).containsEntry("stationary_s", 60.0));
    }

    @Test
    void a_re_created_track_at_the_same_spot_keeps_the_stop_time() {
        scene.hold(40, Scene.at(4, "car", 0.5, 0.7));
        scene.hold(3);
        scene.hold(17, Scene.at(9, "car", 0.502, 0.7));
        assertThat(scene.events()).isEmpty();
        assertThat(scene.frame(Scene.at(9, "car", 0.502, 0.7))).singleElement()
                .satisfies(e -> assertThat(e.trackId()).isEqualTo(9L));
    }

    @Test
    void a_track_confirmed_late_has_stood_still_since_it_was_first_seen() {
        scene.hold(10);
        city.relais.vision.geometry.Box box = new city.relais.vision.geometry.Box(0.45, 0.5, 0.1, 0.2);
        city.relais.vision.track.Track late = new city.relais.vision.track.Track(6, "car", 0.7, box,
                city.relais.vision.track.TrackState.CONFIRMED, 0, 0, 3, 4.0, 10, 0, List.of(box, box, box));
        assertThat(scene.hold(54, late)).isEmpty();
        assertThat(scene.frame(late)).singleElement()
                .satisfies(e -> assertThat(e.measurements()).containsEntry("stationary_s", 60.0));
    }

    @Test
    void outside_the_zone_or_not_a_vehicle_is_ignored() {
        scene.hold(100, Scene.at(1, "car", 0.5, 0.3), Scene.at(2, "person", 0.5, 0.7));
        assertThat(scene.events()).isEmpty();
    }
}
