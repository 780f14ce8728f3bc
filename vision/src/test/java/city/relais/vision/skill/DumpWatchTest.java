package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DumpWatchTest {

    private static final Zone SIDEWALK = new Zone("sidewalk", new Polygon(List.of(new Point(0.05, 0.05),
            new Point(0.95, 0.05), new Point(0.95, 0.95), new Point(0.05, 0.95))));
    /** 320 × 240 pixels = 8 m × 6 m: 2.5 cm a pixel. */
    private static final GroundCalibration CALIBRATION = GroundCalibration.fit(List.of(
            new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
            new CalibrationPoint(new Point(1, 0), new GroundPoint(8, 0)),
            new CalibrationPoint(new Point(1, 1), new GroundPoint(8, 6)),
            new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 6))));
    private static final IllegalDumpSkill CONFIG = new IllegalDumpSkill("sidewalk", 0.25, Duration.ofSeconds(10), 3);

    private interface Scene {
        List<Track> paint(ImageFrame f, double t);
    }

    private static List<CityEvent> run(int frames, Scene scene) {
        DumpWatch watch = new DumpWatch(CONFIG, SIDEWALK, CALIBRATION, Evidence.NONE);
        ImageFrame ground = TestScenes.ground(320, 240);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            double t = k / 5.0;
            ImageFrame f = TestScenes.vary(ground, 1, 2, k);
            events.addAll(watch.observe(TestScenes.frame(k, t, f, scene.paint(f, t), SignalStates.UNKNOWN)));
        }
        return events;
    }

    @Test
    void a_new_static_object_is_a_dump_after_static_for_and_its_removal_is_reported() {
        List<CityEvent> events = run(130, (f, t) -> {
            if (t >= 3 && t < 20) {
                TestScenes.object(f, 140, 100, 40, 30, 60, 110, 170);   // 1 m × 0.75 m
            }
            return List.of();
        });
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.DUMP_DETECTED,
                EventType.DUMP_REMOVED);
        CityEvent dump = events.get(0);
        assertThat(dump.measurements().get("clip_time_s")).isBetween(13.0, 14.0);
        assertThat(dump.measurements().get("static_s")).isGreaterThanOrEqualTo(10.0);
        assertThat(dump.measurements().get("area_m2")).isBetween(0.6, 1.3);
        assertThat(dump.measurements().get("footprint_x")).isBetween(0.40, 0.44);
        assertThat(dump.measurements().get("footprint_y")).isBetween(0.38, 0.42);
        assertThat(dump.measurements()).containsEntry("min_area_m2", 0.25).containsEntry("static_for_s", 10.0);
        assertThat(dump.explanation()).contains("new static object in sidewalk").contains("static-for 10.00 s");
        assertThat(events.get(1).measurements().get("clip_time_s")).isBetween(20.0, 24.0);
    }

    @Test
    void a_person_near_the_object_delays_it_by_the_owner_window() {
        List<CityEvent> events = run(130, (f, t) -> {
            if (t >= 3) {
                TestScenes.object(f, 140, 100, 40, 30, 60, 110, 170);
            }
            if (t >= 3 && t < 8) {
                return List.of(TestScenes.track(2, "person", new Box(0.62, 0.2, 0.05, 0.3), t, 0, 0, 0,
                        List.of()));
            }
            return List.of();
        });
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.DUMP_DETECTED);
        assertThat(events.get(0).measurements().get("clip_time_s")).isBetween(17.8, 18.5);
    }

    @Test
    void litter_below_the_minimum_area_and_an_empty_scene_give_nothing() {
        assertThat(run(100, (f, t) -> {
            if (t >= 3) {
                TestScenes.object(f, 150, 100, 6, 6, 40, 60, 200);
            }
            return List.of();
        })).isEmpty();
        assertThat(run(100, (f, t) -> List.of())).isEmpty();
    }
}
