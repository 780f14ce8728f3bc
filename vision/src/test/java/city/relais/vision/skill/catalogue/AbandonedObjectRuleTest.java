package city.relais.vision.skill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Point;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.AbandonedObjectSkill.ObjectSource;
import city.relais.event.CityEvent;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.StaticObjects.StaticObject;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;
import java.time.Duration;
import java.util.ArrayList;
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
                    Duration.ofSeconds(2), List.of(ObjectSource.DETECTED), 0.02, 1.0),
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

    // ---- static objects (a bag the detector has no class for), found by a scripted finder ----

    /** Static objects the finder reports on the next frames. */
    private final List<StaticObject> still = new ArrayList<>();

    /** Both sources, alarm after 3 m for 8 s, no pre-alert, 0.02..1.0 m2. */
    private Scene staticScene(List<ObjectSource> sources) {
        return new Scene(new AbandonedObjectRule(
                new AbandonedObjectSkill("hall", List.of("suitcase"), 3, Duration.ofSeconds(8), 5, Duration.ZERO,
                        sources, 0.02, 1.0),
                Scene.rect("hall", 0, 0, 1, 1), TEN_METRES, Evidence.NONE, frame -> List.copyOf(still)), 4);
    }

    /** A static object whose box has its bottom-centre at (x, y) on the ground (10 m across the image). */
    private static StaticObject bag(long id, double x, double y, double area, double since, double seen) {
        return new StaticObject(id, new Box(x - 0.02, y - 0.03, 0.04, 0.03), area, since, seen);
    }

    /** Seen on every frame. */
    private static StaticObject bag(long id, double x, double y, double area, double since) {
        return bag(id, x, y, area, since, Double.POSITIVE_INFINITY);
    }

    @Test
    void a_static_objects_owner_is_the_person_nearest_when_it_appeared_not_the_one_nearest_now() {
        Scene s = staticScene(List.of(ObjectSource.DETECTED, ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.5, 0.5), Scene.at(2, "person", 0.8, 0.5));
        // put down at t = 2.0 next to person 1; reported from t = 3.0 (static for the finder's 1.5 s or so)
        still.add(bag(7, 0.52, 0.5, 0.3, 2.0));
        s.hold(2, Scene.at(1, "person", 0.5, 0.5), Scene.at(2, "person", 0.8, 0.5));
        // the owner walks off 4.2 m, the passer-by stays 0.8 m from the bag: only the owner counts
        s.hold(8, Scene.at(1, "person", 0.1, 0.5), Scene.at(2, "person", 0.6, 0.5));
        assertThat(s.events()).isEmpty();
        assertThat(s.frame(Scene.at(1, "person", 0.1, 0.5), Scene.at(2, "person", 0.6, 0.5))).singleElement()
                .satisfies(e -> {
                    assertThat(e.trackId()).isNull();
                    assertThat(e.objectClass()).isNull();
                    assertThat(e.measurements()).containsEntry("alarm", 1.0).containsEntry("object", 7.0)
                            .containsEntry("area_m2", 0.3).containsEntry("unattended_s", 8.0)
                            .containsEntry("threshold_m", 3.0).containsEntry("threshold_s", 8.0);
                    assertThat(e.measurements().get("owner_distance_m")).isCloseTo(4.2,
                            org.assertj.core.data.Offset.offset(1e-6));
                    assertThat(e.explanation()).isEqualTo("alarm: static object 7 (0.30 m2) in zone hall, owner #1 "
                            + "4.2 m away (> 3.0 m) for 8.0 s (threshold 8.0 s)");
                });
        s.hold(30, Scene.at(2, "person", 0.6, 0.5));
        assertThat(s.events()).hasSize(1);
    }

    @Test
    void the_owner_of_a_static_object_coming_back_restarts_the_timers_and_a_lost_owner_is_infinitely_far() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.5, 0.5));
        still.add(bag(7, 0.52, 0.5, 0.3, 2.5));
        s.hold(6, Scene.at(1, "person", 0.1, 0.5));
        s.hold(1, Scene.at(1, "person", 0.4, 0.5));
        s.hold(8);
        assertThat(s.events()).isEmpty();
        assertThat(s.frame()).singleElement().satisfies(e -> {
            assertThat(e.measurements()).containsEntry("unattended_s", 8.0).doesNotContainKey("owner_distance_m");
            assertThat(e.explanation()).isEqualTo("alarm: static object 7 (0.30 m2) in zone hall, owner #1 gone "
                    + "(> 3.0 m) for 8.0 s (threshold 8.0 s)");
        });
    }

    @Test
    void a_static_object_nobody_put_down_is_no_abandoned_object() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.9, 0.5));
        still.add(bag(7, 0.52, 0.5, 0.3, 2.0));
        s.hold(60, Scene.at(1, "person", 0.9, 0.5));
        assertThat(s.events()).isEmpty();
    }

    @Test
    void static_objects_outside_the_size_window_or_under_a_vehicle_are_not_watched() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.5, 0.5));
        still.add(bag(7, 0.52, 0.5, 0.01, 2.0));
        still.add(bag(8, 0.48, 0.5, 2.5, 2.0));
        still.add(bag(9, 0.50, 0.52, 0.3, 2.0));
        s.hold(1, Scene.at(1, "person", 0.5, 0.5), Scene.at(3, "car", 0.5, 0.6));
        s.hold(30, Scene.at(3, "car", 0.5, 0.6));
        assertThat(s.events()).isEmpty();
    }

    @Test
    void a_static_object_raises_its_alarm_only_on_a_frame_it_is_seen() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.5, 0.5));
        still.add(bag(7, 0.52, 0.5, 0.3, 2.0));
        s.hold(1);
        // hidden from t = 4 on: last shown at 3.75, the alarm (due at 11.0) waits
        still.set(0, bag(7, 0.52, 0.5, 0.3, 2.0, 3.75));
        s.hold(10);
        assertThat(s.events()).isEmpty();
        still.set(0, bag(7, 0.52, 0.5, 0.3, 2.0));
        assertThat(s.frame()).singleElement().satisfies(e ->
                assertThat(e.measurements()).containsEntry("unattended_s", 11.0));
    }

    @Test
    void a_detected_bag_that_is_also_static_gives_one_alarm() {
        Scene s = staticScene(List.of(ObjectSource.DETECTED, ObjectSource.STATIC));
        Track suitcase = Scene.at(20, "suitcase", 0.52, 0.5);
        s.hold(3, Scene.at(1, "person", 0.5, 0.5), suitcase);
        still.add(bag(7, 0.52, 0.5, 0.3, 2.0));
        s.hold(2, Scene.at(1, "person", 0.5, 0.5), suitcase);
        s.hold(20, suitcase);
        assertThat(s.events()).singleElement().satisfies(e -> {
            assertThat(e.trackId()).isEqualTo(20L);
            assertThat(e.explanation()).startsWith("alarm: suitcase #20 in zone hall, owner #1 gone");
        });
    }

    @Test
    void with_static_objects_only_a_detected_bag_is_not_watched() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, Scene.at(1, "person", 0.5, 0.5), BAG);
        s.hold(30, BAG);
        assertThat(s.events()).isEmpty();
    }

    /** A person track first seen at {@code firstSeen}, bottom-centre at (x, y). */
    private static Track person(long id, double x, double y, TrackState state, double firstSeen) {
        Box box = new Box(x - 0.05, y - 0.2, 0.1, 0.2);
        return new Track(id, "person", 0.8, box, state, 0, 0, 10, firstSeen, firstSeen, 0, List.of(box));
    }

    @Test
    void a_track_that_starts_where_the_owner_was_lost_takes_over_as_owner() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, person(1, 0.5, 0.5, TrackState.CONFIRMED, 0));
        still.add(bag(7, 0.56, 0.5, 0.3, 2.0));
        s.hold(1, person(1, 0.5, 0.5, TrackState.CONFIRMED, 0));
        // the tracker loses the owner standing there (its prediction drifts) and starts #5 on the same spot at 4.5 s;
        // #5 stands over the bag (hidden): ownership is still followed
        s.hold(0.5, person(1, 0.6, 0.5, TrackState.LOST, 0));
        s.hold(10, person(1, 0.9, 0.5, TrackState.LOST, 0), person(5, 0.51, 0.5, TrackState.CONFIRMED, 4.5));
        assertThat(s.events()).isEmpty();
        // #5 walks off 4 m: the alarm names it
        s.hold(8, person(5, 0.16, 0.5, TrackState.CONFIRMED, 4.5));
        assertThat(s.frame(person(5, 0.16, 0.5, TrackState.CONFIRMED, 4.5))).singleElement().satisfies(e ->
                assertThat(e.explanation()).isEqualTo("alarm: static object 7 (0.30 m2) in zone hall, owner #5 "
                        + "4.0 m away (> 3.0 m) for 8.0 s (threshold 8.0 s)"));
    }

    @Test
    void an_owner_lost_for_more_than_two_seconds_is_gone() {
        Scene s = staticScene(List.of(ObjectSource.STATIC));
        s.hold(3, person(1, 0.5, 0.5, TrackState.CONFIRMED, 0));
        still.add(bag(7, 0.56, 0.5, 0.3, 2.0));
        s.hold(1, person(1, 0.5, 0.5, TrackState.CONFIRMED, 0));
        // LOST from 4 s, predicted where it stood: near until 5.75 s (2 s after its last confirmation), gone from
        // 6.0 s; the alarm 8 s later
        s.hold(10, person(1, 0.5, 0.5, TrackState.LOST, 0));
        assertThat(s.events()).isEmpty();
        assertThat(s.frame(person(1, 0.5, 0.5, TrackState.LOST, 0))).singleElement().satisfies(e ->
                assertThat(e.explanation()).isEqualTo("alarm: static object 7 (0.30 m2) in zone hall, owner #1 gone "
                        + "(> 3.0 m) for 8.0 s (threshold 8.0 s)"));
    }
}
