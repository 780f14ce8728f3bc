package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both output layouts, loaded through the registry, pass the same detection test on real frames: persons of
 * TUD-Stadtmitte against its MOT ground truth, vehicles on the highway clip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFrameDetectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealFrameDetectionTest.class);
    private static final int[] TUD_FRAMES = {1, 90, 179};
    private static final Set<String> VEHICLES = Set.of("car", "bus", "truck");

    private final Map<String, ObjectDetector> detectors = new HashMap<>();
    private final Map<Integer, ImageFrame> tud = new HashMap<>();
    private final Map<Integer, List<MotGroundTruth.Box>> truth = new HashMap<>();
    private ImageFrame highway;

    @BeforeAll
    void openModelsAndDecodeFrames(@TempDir Path cache) throws Exception {
        Path clip = SharedFolder.require("clips/TUD-Stadtmitte.mp4");
        Path gt = SharedFolder.require("clips/TUD-Stadtmitte.gt.txt");
        for (int f : TUD_FRAMES) {
            ImageFrame frame = ClipFrames.frame(clip, f);
            tud.put(f, frame);
            truth.put(f, MotGroundTruth.frame(gt, f, frame.width(), frame.height()));
        }
        highway = ClipFrames.frame(SharedFolder.require("clips/highway-320x240.avi"), 200);
        ModelRegistry registry = new ModelRegistry(ModelCatalog.builtIn(), SharedFolder.offlineLocations(cache));
        for (String name : registry.names()) {
            detectors.put(name, registry.open(name));
        }
    }

    @AfterAll
    void close() {
        detectors.values().forEach(ObjectDetector::close);
    }

    /** Ground-truth ids matched (IoU &gt; 0.5, one detection per box, best score first) per frame. */
    private Map<Integer, Set<Integer>> matchedPersons(String model, List<Detection> unmatched) {
        Map<Integer, Set<Integer>> matched = new HashMap<>();
        for (int f : TUD_FRAMES) {
            Set<Integer> ids = new HashSet<>();
            for (Detection d : detectors.get(model).detect(tud.get(f))) {
                if (!d.label().equals("person")) {
                    continue;
                }
                MotGroundTruth.Box best = truth.get(f).stream().filter(b -> !ids.contains(b.id()))
                        .filter(b -> b.iou(d) > 0.5).max((a, b) -> Double.compare(a.iou(d), b.iou(d))).orElse(null);
                if (best == null) {
                    unmatched.add(d);
                } else {
                    ids.add(best.id());
                }
            }
            matched.put(f, ids);
        }
        return matched;
    }

    @ParameterizedTest
    @ValueSource(strings = {"yolox-nano", "picodet-s"})
    void finds_most_ground_truth_persons_on_tud_stadtmitte(String model) {
        List<Detection> unmatched = new ArrayList<>();
        Map<Integer, Set<Integer>> matched = matchedPersons(model, unmatched);
        int total = TUD_FRAMES.length == 0 ? 0 : truth.values().stream().mapToInt(List::size).sum();
        int found = matched.values().stream().mapToInt(Set::size).sum();
        LOG.info("{}: {} of {} ground-truth persons found (IoU > 0.5) on TUD-Stadtmitte frames 1, 90, 179; "
                + "{} person detections matched nothing: {}", model, found, total, unmatched.size(), unmatched);
        assertThat(total).isGreaterThanOrEqualTo(15);
        assertThat(found).as("persons found by %s", model).isGreaterThanOrEqualTo((int) Math.ceil(0.7 * total));
        assertThat(unmatched.size()).as("person detections of %s overlapping no ground truth", model)
                .isLessThanOrEqualTo(found / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yolox-nano", "picodet-s"})
    void finds_vehicles_on_the_highway(String model) {
        List<Detection> all = detectors.get(model).detect(highway);
        List<Detection> vehicles = all.stream().filter(d -> VEHICLES.contains(d.label())).toList();
        LOG.info("{}: highway frame 200: {}", model, all.stream()
                .map(d -> String.format("%s %.2f", d.label(), d.score())).toList());
        assertThat(vehicles).as("cars, buses, trucks found by %s", model).hasSizeGreaterThanOrEqualTo(3);
        assertThat(vehicles.get(0).score()).isGreaterThan(0.5);
        assertThat(vehicles.size()).as("vehicles among all detections").isGreaterThan(all.size() / 2);
        assertThat(all).allSatisfy(d -> assertThat(d.score()).isGreaterThanOrEqualTo(detectors.get(model).minScore()));
    }

    @Test
    void both_models_agree_on_most_ground_truth_persons() {
        Map<Integer, Set<Integer>> yolox = matchedPersons("yolox-nano", new ArrayList<>());
        Map<Integer, Set<Integer>> picodet = matchedPersons("picodet-s", new ArrayList<>());
        int total = truth.values().stream().mapToInt(List::size).sum();
        int both = 0;
        for (int f : TUD_FRAMES) {
            Set<Integer> common = new HashSet<>(yolox.get(f));
            common.retainAll(picodet.get(f));
            both += common.size();
        }
        LOG.info("both models found {} of {} ground-truth persons", both, total);
        assertThat(both).isGreaterThan(total / 2);
    }

    @Test
    void detections_are_normalised_sorted_and_labelled_from_the_descriptor() {
        for (ObjectDetector detector : detectors.values()) {
            List<Detection> found = detector.detect(tud.get(1));
            assertThat(found).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
            assertThat(found).allSatisfy(d -> {
                assertThat(d.x2()).isLessThanOrEqualTo(1.0 + 1e-9);
                assertThat(d.label()).isEqualTo(detector.model().labels().get(d.classIndex()));
            });
        }
    }
}
