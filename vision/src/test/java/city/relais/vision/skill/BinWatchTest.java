package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.BinSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BinWatchTest {

    /** The bin: x 140..180, y 100..160 of a 320×240 frame. */
    private static final Zone BIN = new Zone("bin-1", new Polygon(List.of(new Point(0.4375, 100 / 240.0),
            new Point(0.5625, 100 / 240.0), new Point(0.5625, 160 / 240.0), new Point(0.4375, 160 / 240.0))));
    private static final BinSkill CONFIG = new BinSkill("bin-1", 0.05, 0.8, Duration.ofSeconds(2));

    private interface Scene {
        /** Paints frame k (5 fps) and returns its tracks. */
        List<Track> paint(ImageFrame f, double t);
    }

    private static List<CityEvent> run(int frames, Scene scene) {
        BinWatch watch = new BinWatch(CONFIG, BIN, Evidence.NONE);
        ImageFrame ground = TestScenes.ground(320, 240);
        TestScenes.object(ground, 140, 100, 40, 60, 30, 110, 40);
        List<CityEvent> events = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            double t = k / 5.0;
            ImageFrame f = TestScenes.vary(ground, 1, 2, k);
            List<Track> tracks = scene.paint(f, t);
            events.addAll(watch.observe(TestScenes.frame(k, t, f, tracks, SignalStates.UNKNOWN)));
        }
        return events;
    }

    private static void pile(ImageFrame f) {
        TestScenes.object(f, 124, 100, 16, 72, 40, 60, 140);
        TestScenes.object(f, 140, 160, 56, 12, 40, 60, 140);
    }

    @Test
    void a_pile_on_the_ground_ring_overflows_the_bin_and_its_removal_clears_it() {
        List<CityEvent> events = run(100, (f, t) -> {
            if (t >= 3 && t < 12) {
                pile(f);
            }
            return List.of();
        });
        assertThat(events).extracting(CityEvent::type).containsExactly(EventType.BIN_OVERFLOWING,
                EventType.BIN_CLEARED);
        CityEvent overflowing = events.get(0);
        assertThat(overflowing.measurements().get("clip_time_s")).isBetween(5.0, 8.0);
        assertThat(overflowing.measurements().get("ring_coverage")).isGreaterThanOrEqualTo(BinWatch.RING_THRESHOLD);
        assertThat(overflowing.measurements().get("held_s")).isGreaterThanOrEqualTo(2.0);
        assertThat(overflowing.measurements()).containsEntry("overflow_after_s", 2.0)
                .containsEntry("ring_threshold", 0.25);
        assertThat(overflowing.explanation()).contains("bin bin-1 overflowing").contains("overflow-after 2.00 s");
        assertThat(events.get(1).measurements().get("clip_time_s")).isBetween(12.0, 17.0);
    }

    @Test
    void a_person_standing_next_to_the_bin_is_not_a_pile() {
        List<CityEvent> events = run(100, (f, t) -> {
            if (t >= 3 && t < 15) {
                TestScenes.object(f, 118, 70, 22, 100, 60, 60, 90);
                return List.of(TestScenes.track(4, "person", new Box(118 / 320.0, 70 / 240.0, 22 / 320.0,
                        100 / 240.0), t, 0, 0, t - 3, List.of()));
            }
            return List.of();
        });
        assertThat(events).isEmpty();
    }

    @Test
    void lighting_drift_and_a_passer_by_leave_the_bin_alone() {
        List<CityEvent> events = run(150, (f, t) -> {
            byte[] px = f.bgr();
            double gain = 1 - 0.4 * t / 30;
            for (int i = 0; i < px.length; i++) {
                px[i] = (byte) Math.round((px[i] & 0xFF) * gain);
            }
            if (t >= 5 && t < 8) {
                int x = (int) (60 + (t - 5) * 60);
                TestScenes.object(f, x, 90, 20, 90, 60, 60, 90);
            }
            return List.of();
        });
        assertThat(events).isEmpty();
    }
}
