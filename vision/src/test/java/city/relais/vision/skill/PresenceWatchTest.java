package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.PresenceSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.Zone;
import city.relais.vision.scenario.Paint;
import city.relais.vision.track.Track;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PresenceWatchTest {

    private static final Zone WALK = new Zone("walk", new Polygon(List.of(new Point(0.2, 0.2), new Point(0.8, 0.2),
            new Point(0.8, 0.8), new Point(0.2, 0.8))));

    private static PresenceWatch watch(List<String> classes) {
        return new PresenceWatch(new PresenceSkill("walk", classes, Duration.ofSeconds(3), 2), WALK, Evidence.NONE);
    }

    @Test
    void a_person_track_makes_the_zone_occupied_after_inertia_and_empty_after_the_hold() {
        PresenceWatch watch = watch(List.of("person"));
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double t = k / 5.0;
            List<Track> tracks = k >= 5 && k <= 14
                    ? List.of(TestScenes.track(1, "person", new Box(0.4, 0.3, 0.1, 0.3), t, 0, 0, 0, List.of()))
                    : List.of();
            events.addAll(watch.observe(TestScenes.frame(k, t, ground, tracks, SignalStates.UNKNOWN)));
        }
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.ZONE_OCCUPIED, EventType.ZONE_EMPTY);
        CityEvent occupied = events.get(0);
        assertThat(occupied.measurements().get("clip_time_s")).isEqualTo(1.2, within(1e-9));
        assertThat(occupied.measurements()).containsEntry("tracks", 1.0).containsEntry("motion", 0.0)
                .containsEntry("inertia_frames", 2.0);
        assertThat(occupied.trackId()).isEqualTo(1L);
        assertThat(occupied.zone()).isEqualTo("walk");
        assertThat(occupied.explanation()).contains("1 track(s)").contains("threshold 0.04");
        CityEvent empty = events.get(1);
        assertThat(empty.measurements().get("clip_time_s")).isEqualTo(5.8, within(1e-9));
        assertThat(empty.measurements().get("empty_for_s")).isEqualTo(3.0, within(1e-9));
        assertThat(empty.explanation()).contains("empty-after 3.00 s");
    }

    @Test
    void a_track_of_a_class_that_does_not_count_leaves_the_zone_empty() {
        PresenceWatch watch = watch(List.of("person"));
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            double t = k / 5.0;
            events.addAll(watch.observe(TestScenes.frame(k, t, ground, List.of(TestScenes.track(3, "car",
                    new Box(0.4, 0.3, 0.2, 0.2), t, 0, 0, 0, List.of())), SignalStates.UNKNOWN)));
        }
        assertThat(events).isEmpty();
    }

    @Test
    void motion_alone_occupies_the_zone_in_the_dark() {
        PresenceWatch watch = watch(List.of("person"));
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double t = k / 10.0;
            ImageFrame f = TestScenes.vary(ground, 0.3, 3, k);
            if (t >= 1 && t < 4) {
                TestScenes.object(f, 70 + (int) ((t - 1) * 50), 100, 30, 60, 40, 40, 40);
            }
            events.addAll(watch.observe(TestScenes.frame(k, t, f, List.of(), SignalStates.UNKNOWN)));
        }
        assertThat(events).extracting(CityEvent::type).first().isEqualTo(EventType.ZONE_OCCUPIED);
        CityEvent occupied = events.get(0);
        assertThat(occupied.measurements().get("clip_time_s")).isBetween(1.9, 2.3);
        assertThat(occupied.measurements().get("tracks")).isEqualTo(0.0);
        assertThat(occupied.measurements().get("motion")).isGreaterThanOrEqualTo(PresenceWatch.MOTION_OFF);
    }

    @Test
    void headlights_sweeping_at_night_and_a_passing_shadow_are_not_presence() {
        PresenceWatch watch = watch(List.of("person"));
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            double t = k / 10.0;
            ImageFrame f = TestScenes.vary(ground, 0.3, 3, k);
            Paint.light(f, -80 + t * 60, 120, 110, 80, 1.0, 90);
            Paint.light(f, 400 - t * 40, 140, 120, 90, 0.5, 0);
            events.addAll(watch.observe(TestScenes.frame(k, t, f, List.of(), SignalStates.UNKNOWN)));
        }
        assertThat(events).isEmpty();
        assertThat(watch.occupied()).isFalse();
    }
}
