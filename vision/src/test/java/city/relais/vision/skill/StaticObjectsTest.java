package city.relais.vision.skill;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.StaticObjects.StaticObject;
import city.relais.vision.track.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** Static objects on hand-made frames: 320 × 240 pixels = 8 m × 6 m, 5 frames a second, live noise. */
class StaticObjectsTest {

    private static final Zone SIDEWALK = new Zone("sidewalk", new Polygon(List.of(new Point(0.05, 0.05),
            new Point(0.95, 0.05), new Point(0.95, 0.95), new Point(0.05, 0.95))));
    private static final GroundCalibration CALIBRATION = GroundCalibration.fit(List.of(
            new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
            new CalibrationPoint(new Point(1, 0), new GroundPoint(8, 0)),
            new CalibrationPoint(new Point(1, 1), new GroundPoint(8, 6)),
            new CalibrationPoint(new Point(0, 1), new GroundPoint(0, 6))));

    /** The objects reported on each frame, by frame. */
    private static List<List<StaticObject>> run(int frames, BiFunction<ImageFrame, Double, List<Track>> scene) {
        StaticObjects objects = new StaticObjects(SIDEWALK, CALIBRATION);
        ImageFrame ground = TestScenes.ground(320, 240);
        List<List<StaticObject>> out = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            double t = k / 5.0;
            ImageFrame f = TestScenes.vary(ground, 1, 2, k);
            out.add(objects.update(TestScenes.frame(k, t, f, scene.apply(f, t), SignalStates.UNKNOWN)));
        }
        return out;
    }

    private static Track person(Box box, double t) {
        return TestScenes.track(1, "person", box, t, 0, 0, 0, List.of(box));
    }

    @Test
    void a_bag_put_down_is_one_object_from_when_it_appeared_with_its_ground_area() {
        // a 0.5 m × 0.4 m bag (20 × 16 px) from t = 3 s
        List<List<StaticObject>> seen = run(40, (f, t) -> {
            if (t >= 3) {
                TestScenes.object(f, 150, 120, 20, 16, 40, 60, 160);
            }
            return List.of();
        });
        assertThat(seen.subList(0, 15)).allSatisfy(l -> assertThat(l).isEmpty());
        List<StaticObject> last = seen.get(39);
        assertThat(last).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(1);
            assertThat(o.since()).isEqualTo(3.0);
            assertThat(o.seen()).isEqualTo(7.8);
            assertThat(o.areaM2()).isBetween(0.2, 0.6);
            assertThat(o.box().x()).isBetween(0.44, 0.47);
            assertThat(o.box().y()).isBetween(0.47, 0.5);
        });
        assertThat(seen.stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow().get(0).since()).isEqualTo(3.0);
    }

    @Test
    void a_person_standing_still_is_not_an_object() {
        Box standing = new Box(0.45, 0.3, 0.1, 0.4);
        List<List<StaticObject>> seen = run(60, (f, t) -> {
            if (t >= 2.5) {
                TestScenes.object(f, 146, 74, 28, 90, 90, 70, 50);
                return List.of(person(standing, t));
            }
            return List.of();
        });
        assertThat(seen).allSatisfy(l -> assertThat(l).isEmpty());
    }

    @Test
    void an_object_hidden_by_a_person_is_kept_and_one_taken_away_is_forgotten() {
        Box over = new Box(0.4, 0.35, 0.2, 0.3);
        List<List<StaticObject>> seen = run(90, (f, t) -> {
            if (t >= 3 && t < 14) {
                TestScenes.object(f, 150, 120, 20, 16, 40, 60, 160);
            }
            // someone stands over it from 8 s to 10 s (drawn over the bag), then it is picked up at 14 s
            if (t >= 8 && t < 10) {
                TestScenes.object(f, 140, 90, 40, 60, 120, 100, 80);
                return List.of(person(over, t));
            }
            return List.of();
        });
        assertThat(seen.get(49)).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(1);
            assertThat(o.seen()).isEqualTo(7.8);
        });
        assertThat(seen.get(60)).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(1);
            assertThat(o.seen()).isEqualTo(12.0);
        });
        assertThat(seen.get(89)).isEmpty();
    }
}
