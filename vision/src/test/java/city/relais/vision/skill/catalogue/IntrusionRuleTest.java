package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.TimeWindow;
import city.relais.config.TimeWindow.Bound;
import city.relais.config.camera.GeoPoint;
import city.relais.config.skill.IntrusionSkill;
import city.relais.event.CityEvent;
import city.relais.vision.skill.Evidence;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrusionRuleTest {

    private static IntrusionRule rule(TimeWindow schedule) {
        return new IntrusionRule(new IntrusionSkill("yard", List.of("person"), schedule, 3),
                Scene.rect("yard", 0, 0, 0.5, 1), ZoneOffset.UTC, null, Evidence.NONE);
    }

    @Test
    void alerts_once_per_track_inside_the_perimeter_after_inertia() {
        Scene scene = new Scene(rule(TimeWindow.ALWAYS), 4);
        assertThat(scene.frame(Scene.at(1, "person", 0.2, 0.5))).isEmpty();
        assertThat(scene.frame(Scene.at(1, "person", 0.2, 0.5))).isEmpty();
        List<CityEvent> third = scene.frame(Scene.at(1, "person", 0.2, 0.5));
        assertThat(third).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(1L);
            assertThat(e.measurements()).containsEntry("inside_s", 0.5);
            assertThat(e.explanation()).isEqualTo("person #1 inside perimeter yard for 0.5 s during schedule always");
        });
        assertThat(scene.hold(10, Scene.at(1, "person", 0.2, 0.5), Scene.at(2, "person", 0.7, 0.5))).isEmpty();
        assertThat(scene.hold(1, Scene.at(1, "person", 0.2, 0.5), Scene.at(3, "person", 0.3, 0.5)))
                .singleElement().satisfies(e -> assertThat(e.trackId()).isEqualTo(3L));
    }

    @Test
    void only_during_the_schedule_and_an_intruder_already_inside_is_reported_when_it_starts() {
        TimeWindow window = new TimeWindow(Bound.clock(LocalTime.of(12, 0, 5)), Bound.clock(LocalTime.of(13, 0)));
        Scene scene = new Scene(rule(window), 4);
        assertThat(scene.hold(5, Scene.at(1, "person", 0.2, 0.5))).isEmpty();
        List<CityEvent> at5 = scene.frame(Scene.at(1, "person", 0.2, 0.5));
        assertThat(at5).singleElement().satisfies(e -> assertThat(e.measurements()).containsEntry("inside_s", 5.0));
    }

    @Test
    void schedule_runs_over_midnight_and_follows_the_sun() {
        Schedule night = new Schedule(new TimeWindow(Bound.clock(LocalTime.of(22, 0)),
                Bound.clock(LocalTime.of(6, 0))), ZoneOffset.UTC, null);
        assertThat(night.contains(Instant.parse("2026-11-28T23:30:00Z"))).isTrue();
        assertThat(night.contains(Instant.parse("2026-11-28T05:59:59Z"))).isTrue();
        assertThat(night.contains(Instant.parse("2026-11-28T06:00:00Z"))).isFalse();
        assertThat(night.contains(Instant.parse("2026-11-28T12:00:00Z"))).isFalse();
        Schedule dark = new Schedule(TimeWindow.SUNSET_TO_SUNRISE, ZoneId.of("Europe/Paris"),
                new GeoPoint(48.8566, 2.3522));
        // Paris, 28 Nov 2026: sunrise about 08:25, sunset about 16:58 local (07:25 / 15:58 UTC)
        assertThat(dark.contains(Instant.parse("2026-11-28T07:10:00Z"))).isTrue();
        assertThat(dark.contains(Instant.parse("2026-11-28T07:40:00Z"))).isFalse();
        assertThat(dark.contains(Instant.parse("2026-11-28T15:45:00Z"))).isFalse();
        assertThat(dark.contains(Instant.parse("2026-11-28T16:10:00Z"))).isTrue();
    }
}
