package city.relais.vision.evidence;

import static city.relais.vision.evidence.EvidenceFixtures.camera;
import static city.relais.vision.evidence.EvidenceFixtures.scene;
import static city.relais.vision.evidence.EvidenceFixtures.snapshotsFor;
import static city.relais.vision.evidence.EvidenceFixtures.tracks;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.models.ClipFrames;
import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.models.MotGroundTruth;
import city.relais.models.ObjectDetector;
import city.relais.vision.Shared;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.Evidence;
import city.relais.vision.track.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blur is measured, not assumed: on real frames, the variance of the Laplacian (high-frequency energy) inside
 * every person box and every plate area of the stored evidence is below {@link #BLURRED_MAX}, a level the same boxes
 * of the original frame are far above.
 */
class EvidenceBlurTest {

    /** Laplacian variance (grey levels squared) above which an area still has readable detail. */
    static final double BLURRED_MAX = 15;

    private static final int[] TUD_FRAMES = {1, 60, 120, 179};

    @TempDir
    Path dir;

    @Test
    void every_ground_truth_person_of_tud_stadtmitte_is_blurred_far_below_the_original() throws Exception {
        Path clip = Shared.clip("TUD-Stadtmitte.mp4");
        Path gt = Shared.clip("TUD-Stadtmitte.gt.txt");
        Evidence evidence = BlurredEvidence.forCamera(camera("tud", List.of()), snapshotsFor("loitering.detected"),
                dir);
        List<Double> original = new ArrayList<>();
        List<Double> blurred = new ArrayList<>();
        for (int number : TUD_FRAMES) {
            ImageFrame frame = ClipFrames.frame(clip, number);
            List<Box> persons = MotGroundTruth.frame(gt, number, frame.width(), frame.height()).stream()
                    .map(b -> new Box(b.x(), b.y(), b.w(), b.h())).filter(b -> b.w() * frame.width() >= 4
                            && b.h() * frame.height() >= 4).toList();
            assertThat(persons).as("ground-truth persons of frame %d", number).isNotEmpty();
            String reference = evidence.snapshot(scene("tud", frame, tracks("person", persons)), "loitering.detected",
                    null).orElseThrow();
            Sharpness before = Sharpness.of(frame);
            Sharpness after = Sharpness.ofJpeg(EvidenceId.fromReference(reference).orElseThrow().image(dir));
            for (Box person : persons) {
                original.add(before.laplacianVariance(person));
                blurred.add(after.laplacianVariance(person));
            }
        }
        report("TUD-Stadtmitte persons", original, blurred);
        assertThat(blurred).allSatisfy(v -> assertThat(v).isLessThan(BLURRED_MAX));
        assertThat(original).allSatisfy(v -> assertThat(v).isGreaterThan(BLURRED_MAX * 4));
    }

    @Test
    void the_plate_area_of_every_highway_vehicle_is_blurred_far_below_the_original() throws Exception {
        Path clip = Shared.clip("highway-320x240.avi");
        Evidence evidence = BlurredEvidence.forCamera(camera("highway", List.of()), snapshotsFor("redlight.crossed"),
                dir);
        List<Double> original = new ArrayList<>();
        List<Double> blurred = new ArrayList<>();
        try (ObjectDetector detector = Shared.yoloxNano(0.3)) {
            for (int number : new int[] {100, 300, 500}) {
                ImageFrame frame = ClipFrames.frame(clip, number);
                List<Track> vehicles = new ArrayList<>();
                for (Detection d : detector.detect(frame)) {
                    if (AnonymisedAreas.VEHICLES.contains(d.label())) {
                        vehicles.add(EvidenceFixtures.track(vehicles.size() + 1, d.label(), Box.of(d)));
                    }
                }
                assertThat(vehicles).as("vehicles in highway frame %d", number).isNotEmpty();
                String reference = evidence.snapshot(scene("highway", frame, vehicles), "redlight.crossed",
                        vehicles.get(0).box()).orElseThrow();
                Sharpness before = Sharpness.of(frame);
                Sharpness after = Sharpness.ofJpeg(EvidenceId.fromReference(reference).orElseThrow().image(dir));
                for (Track v : vehicles) {
                    Box b = v.box();
                    Box measured = new Box(b.x() + b.w() * 0.1, b.y() + b.h() * (1 - AnonymisedAreas.PLATE_SHARE),
                            b.w() * 0.8, b.h() * AnonymisedAreas.PLATE_SHARE);
                    if (measured.clipped().w() * frame.width() < 4 || measured.clipped().h() * frame.height() < 4) {
                        continue;
                    }
                    original.add(before.laplacianVariance(measured));
                    blurred.add(after.laplacianVariance(measured));
                }
            }
        }
        report("highway plate areas", original, blurred);
        assertThat(blurred).isNotEmpty().allSatisfy(v -> assertThat(v).isLessThan(BLURRED_MAX));
        assertThat(original).allSatisfy(v -> assertThat(v).isGreaterThan(BLURRED_MAX * 4));
    }

    @Test
    void a_subject_that_is_not_a_person_keeps_its_detail_and_masks_are_black() throws Exception {
        Path clip = Shared.clip("TUD-Stadtmitte.mp4");
        ImageFrame frame = ClipFrames.frame(clip, 1);
        Polygon corner = new Polygon(List.of(new Point(0.85, 0), new Point(1, 0), new Point(1, 0.15),
                new Point(0.85, 0.15)));
        Evidence evidence = BlurredEvidence.forCamera(camera("tud", List.of(corner)), snapshotsFor("dump.detected"),
                dir);
        Box bin = new Box(0.55, 0.05, 0.2, 0.15);
        Box person = new Box(88 / 640.0, 99 / 480.0, 61 / 640.0, 218 / 480.0);
        String reference = evidence.snapshot(scene("tud", frame, tracks("person", List.of(person))),
                "city.relais.dump.detected", bin).orElseThrow();
        Sharpness before = Sharpness.of(frame);
        Sharpness after = Sharpness.ofJpeg(EvidenceId.fromReference(reference).orElseThrow().image(dir));
        System.out.printf(Locale.ROOT, "subject (not a person): Laplacian variance %.1f original, %.1f evidence%n",
                before.laplacianVariance(bin), after.laplacianVariance(bin));
        assertThat(after.laplacianVariance(bin)).isGreaterThan(before.laplacianVariance(bin) * 0.5)
                .isGreaterThan(BLURRED_MAX * 5);
        assertThat(after.laplacianVariance(person)).isLessThan(BLURRED_MAX);
        assertThat(before.meanGrey(new Box(0.86, 0.01, 0.13, 0.13))).isGreaterThan(20);
        assertThat(after.meanGrey(new Box(0.86, 0.01, 0.13, 0.13))).isLessThan(3);
        assertThat(Files.readString(EvidenceId.fromReference(reference).orElseThrow().sidecar(dir)))
                .contains("\"camera\":\"tud\"", "\"event_type\":\"dump.detected\"");
    }

    private static void report(String what, List<Double> original, List<Double> blurred) {
        System.out.printf(Locale.ROOT, "%s: %d boxes, Laplacian variance original min %.1f / median %.1f; "
                        + "evidence max %.2f / median %.2f (threshold %.0f)%n", what, original.size(),
                original.stream().mapToDouble(Double::doubleValue).min().orElse(0), median(original),
                blurred.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(blurred), BLURRED_MAX);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
