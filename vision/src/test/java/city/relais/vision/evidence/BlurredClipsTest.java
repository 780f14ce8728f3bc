package city.relais.vision.evidence;

import static city.relais.vision.evidence.EvidenceFixtures.camera;
import static city.relais.vision.evidence.EvidenceFixtures.snapshotsFor;
import static city.relais.vision.evidence.EvidenceFixtures.tracks;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.Privacy;
import city.relais.models.ClipFrames;
import city.relais.models.ImageFrame;
import city.relais.models.MotGroundTruth;
import city.relais.vision.Shared;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.SceneFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional review clip is blurred like a snapshot, frame by frame, and does not exist in metadata-only mode. */
class BlurredClipsTest {

    private static final int FRAMES = 8;
    private static final int FIRST = 40;

    @TempDir
    Path dir;

    @Test
    void every_person_of_every_frame_of_a_review_clip_is_blurred() throws Exception {
        Path clip = Shared.clip("TUD-Stadtmitte.mp4");
        Path gt = Shared.clip("TUD-Stadtmitte.gt.txt");
        BlurredClips clips = BlurredClips.forCamera(camera("tud", List.of()), snapshotsFor("loitering.detected"), dir,
                FRAMES - 2, 5, Clock.systemUTC()).orElseThrow();
        Map<Integer, List<Box>> persons = new java.util.HashMap<>();
        Map<Integer, ImageFrame> originals = new java.util.HashMap<>();
        for (int n = FIRST; n < FIRST + FRAMES; n++) {
            ImageFrame frame = ClipFrames.frame(clip, n);
            List<Box> boxes = MotGroundTruth.frame(gt, n, frame.width(), frame.height()).stream()
                    .map(b -> new Box(b.x(), b.y(), b.w(), b.h())).toList();
            persons.put(n, boxes);
            originals.put(n, frame);
            clips.offer(new SceneFrame("tud", n, n / 25.0, EvidenceFixtures.AT, frame, true,
                    tracks("person", boxes), null));
        }
        assertThat(clips.buffered()).isEqualTo(FRAMES - 2);
        assertThat(clips.clip("zone.occupied")).isEmpty();
        EvidenceId id = EvidenceId.fromReference(clips.clip("city.relais.loitering.detected").orElseThrow())
                .orElseThrow();
        assertThat(Files.readString(id.sidecar(dir))).contains("\"kind\":\"clip\"", "\"frames\":6");
        List<Double> original = new ArrayList<>();
        List<Double> blurred = new ArrayList<>();
        for (int i = 1; i <= FRAMES - 2; i++) {
            int n = FIRST + 2 + i - 1;
            Sharpness after = Sharpness.of(ClipFrames.frame(id.clip(dir), i));
            Sharpness before = Sharpness.of(originals.get(n));
            for (Box b : persons.get(n)) {
                original.add(before.laplacianVariance(b));
                blurred.add(after.laplacianVariance(b));
            }
        }
        System.out.printf(Locale.ROOT, "review clip persons: %d boxes, Laplacian variance original min %.1f / "
                        + "median %.1f; clip max %.2f (threshold %.0f)%n", original.size(),
                original.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                original.stream().sorted().toList().get(original.size() / 2),
                blurred.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), EvidenceBlurTest.BLURRED_MAX);
        assertThat(blurred).isNotEmpty().allSatisfy(v -> assertThat(v).isLessThan(EvidenceBlurTest.BLURRED_MAX));
        assertThat(original).allSatisfy(v -> assertThat(v).isGreaterThan(EvidenceBlurTest.BLURRED_MAX));
        assertThat(original.stream().sorted().toList().get(original.size() / 2))
                .isGreaterThan(EvidenceBlurTest.BLURRED_MAX * 4);
    }

    @Test
    void metadata_only_has_no_clips() {
        assertThat(BlurredClips.forCamera(camera("tud", List.of()), Privacy.defaults(), dir, 10, 5,
                Clock.systemUTC())).isEmpty();
        assertThat(dir.toFile().list()).isEmpty();
    }
}
