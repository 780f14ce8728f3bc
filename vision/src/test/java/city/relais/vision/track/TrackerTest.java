package city.relais.vision.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import city.relais.models.Detection;
import city.relais.vision.geometry.Box;
import city.relais.vision.scene.SyntheticScene;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackerTest {

    private static final double FPS = 10;

    /** For each true object, the confirmed track ids that covered it (IoU >= 0.5), in order of appearance. */
    private static Map<Integer, Set<Long>> run(Tracker tracker, List<SyntheticScene.Frame> frames,
                                               List<List<Track>> out) {
        Map<Integer, Set<Long>> ids = new HashMap<>();
        for (SyntheticScene.Frame f : frames) {
            List<Track> tracks = tracker.update(f.detections(), f.time());
            out.add(tracks);
            for (Map.Entry<Integer, Box> truth : f.truth().entrySet()) {
                tracks.stream().filter(Track::isConfirmed)
                        .filter(t -> t.box().iou(truth.getValue()) >= 0.5)
                        .forEach(t -> ids.computeIfAbsent(truth.getKey(), k -> new LinkedHashSet<>()).add(t.id()));
            }
        }
        return ids;
    }

    @Test
    void keeps_one_id_per_object_through_crossing_paths_and_an_occlusion_gap() {
        SyntheticScene scene = new SyntheticScene(FPS, 0.03, 42);
        scene.add("person", new Box(0.05, 0.40, 0.08, 0.25), 0.012, 0, 0, 69);
        scene.add("person", new Box(0.85, 0.45, 0.10, 0.30), -0.012, 0, 0, 69).hiddenBetween(30, 37);
        scene.add("car", new Box(0.40, 0.05, 0.20, 0.12), 0, 0.008, 5, 69).faintBetween(40, 45);
        Map<Integer, Set<Long>> ids = run(new Tracker(), scene.frames(70), new ArrayList<>());
        assertThat(ids).hasSize(3);
        assertThat(ids.values()).allSatisfy(set -> assertThat(set).hasSize(1));
        assertThat(ids.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(3);
    }

    @Test
    void low_score_detections_extend_tracks_but_never_start_one() {
        SyntheticScene scene = new SyntheticScene(FPS, 0.0, 1);
        scene.add("person", new Box(0.1, 0.1, 0.1, 0.2), 0.01, 0, 0, 19).faintBetween(5, 19);
        scene.add("person", new Box(0.6, 0.6, 0.1, 0.2), 0, 0, 0, 19).scoring(0.3);
        List<List<Track>> out = new ArrayList<>();
        Map<Integer, Set<Long>> ids = run(new Tracker(), scene.frames(20), out);
        assertThat(ids).containsOnlyKeys(1);
        assertThat(out.get(19)).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(TrackState.CONFIRMED);
            assertThat(t.hits()).isEqualTo(20);
        });
    }

    @Test
    void confirms_a_track_on_its_own_threshold_not_the_per_frame_one() {
        SyntheticScene scene = new SyntheticScene(FPS, 0.0, 1);
        scene.add("person", new Box(0.1, 0.1, 0.1, 0.2), 0, 0, 0, 9).scoring(0.55);
        TrackerSettings strict = TrackerSettings.defaults().withConfirmation(0.6, 2);
        List<List<Track>> out = new ArrayList<>();
        assertThat(run(new Tracker(strict), scene.frames(10), out)).isEmpty();
        assertThat(out.get(9)).singleElement().satisfies(t -> assertThat(t.state()).isEqualTo(TrackState.TENTATIVE));
        assertThat(run(new Tracker(), scene.frames(10), new ArrayList<>())).containsOnlyKeys(1);
    }

    @Test
    void measures_velocity_and_time_standing_still() {
        SyntheticScene scene = new SyntheticScene(FPS, 0.0, 7);
        scene.add("person", new Box(0.1, 0.5, 0.05, 0.2), 0.01, 0, 0, 49);
        scene.add("suitcase", new Box(0.7, 0.7, 0.05, 0.05), 0, 0, 0, 49);
        List<List<Track>> out = new ArrayList<>();
        run(new Tracker(), scene.frames(50), out);
        Track walker = out.get(49).get(0);
        Track bag = out.get(49).get(1);
        assertThat(walker.velocityX()).isCloseTo(0.1, offset(0.005));
        assertThat(walker.velocityY()).isCloseTo(0, offset(0.005));
        assertThat(walker.stationarySeconds()).isLessThan(0.5);
        assertThat(bag.label()).isEqualTo("suitcase");
        assertThat(bag.stationarySeconds()).isCloseTo(4.9, offset(1e-9));
        assertThat(bag.speed()).isLessThan(1e-6);
        assertThat(walker.history()).hasSize(50);
    }

    @Test
    void labels_by_majority_and_bounds_history() {
        SyntheticScene scene = new SyntheticScene(FPS, 0.0, 3);
        scene.add("car", new Box(0.2, 0.2, 0.2, 0.1), 0.001, 0, 0, 99).labelledAt(3, "truck").labelledAt(4, "truck");
        List<List<Track>> out = new ArrayList<>();
        run(new Tracker(), scene.frames(100), out);
        assertThat(out.get(4).get(0).label()).isEqualTo("car");
        assertThat(out.get(99).get(0).history()).hasSize(TrackerSettings.defaults().historySize());
    }

    @Test
    void drops_a_lost_track_after_max_lost_frames_and_never_reuses_its_id() {
        Tracker tracker = new Tracker(TrackerSettings.defaults().withMaxLostFrames(3));
        Detection d = new Detection("person", 0, 0.9, 0.4, 0.4, 0.1, 0.2);
        tracker.update(List.of(d), 0.0);
        tracker.update(List.of(d), 0.1);
        assertThat(tracker.update(List.of(), 0.2)).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TrackState.LOST));
        tracker.update(List.of(), 0.3);
        tracker.update(List.of(), 0.4);
        assertThat(tracker.update(List.of(), 0.5)).isEmpty();
        assertThat(tracker.update(List.of(d), 0.6)).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(2));
    }

    @Test
    void ids_are_per_tracker_so_never_shared_across_cameras() {
        Detection d = new Detection("person", 0, 0.9, 0.4, 0.4, 0.1, 0.2);
        Tracker east = new Tracker();
        Tracker west = new Tracker();
        east.update(List.of(d, new Detection("car", 2, 0.9, 0.0, 0.0, 0.2, 0.1)), 0);
        assertThat(west.update(List.of(d), 0)).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(1));
    }
}
