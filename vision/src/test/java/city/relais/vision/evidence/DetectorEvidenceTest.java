package city.relais.vision.evidence;

import static city.relais.vision.evidence.EvidenceFixtures.snapshotsFor;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Camera;
import city.relais.config.camera.DetectionSettings;
import city.relais.models.MotGroundTruth;
import city.relais.vision.Shared;
import city.relais.vision.geometry.Box;
import city.relais.vision.pipeline.CameraPipelines;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Track;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic path: the snapshot blurs what the camera's own pipeline (YOLOX-Nano + tracker) found, not the ground
 * truth. Every ground-truth person of the frame the tracker holds is blurred; the share it misses is reported, since a
 * missed person is the limit of any detector-driven blur.
 */
class DetectorEvidenceTest {

    private static final int FRAMES = 30;

    @TempDir
    Path dir;

    @Test
    void persons_found_by_the_pipeline_are_blurred_in_the_snapshot() throws Exception {
        Path clip = Shared.clip("TUD-Stadtmitte.mp4");
        Camera camera = new Camera("tud", clip.toString(), 25, null, List.of(), List.of(), Map.of(), Map.of(),
                List.of(), new DetectionSettings("yolox-nano", 0.1, false, 1));
        Evidence evidence = BlurredEvidence.forCamera(camera, snapshotsFor("crowd.detected"), dir);
        FrameResult last = null;
        DecodedFrame frame = null;
        try (CameraPipeline pipeline = CameraPipelines.open(camera, Shared.registry());
             FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(clip.toString()))) {
            for (int i = 0; i < FRAMES; i++) {
                frame = decoder.next();
                last = pipeline.pipeline().process(frame.index(), frame.time(), frame.image());
            }
        }
        SceneFrame scene = new SceneFrame("tud", frame.index(), frame.time(), EvidenceFixtures.AT, frame.image(),
                true, last.tracks(), null);
        String reference = evidence.snapshot(scene, "crowd.detected", null).orElseThrow();
        Sharpness after = Sharpness.ofJpeg(EvidenceId.fromReference(reference).orElseThrow().image(dir));
        List<Box> persons = MotGroundTruth.frame(Shared.clip("TUD-Stadtmitte.gt.txt"), (int) frame.index() + 1,
                frame.image().width(), frame.image().height()).stream()
                .map(b -> new Box(b.x(), b.y(), b.w(), b.h())).toList();
        List<Track> tracks = last.tracks();
        long tracked = persons.stream().filter(p -> tracks.stream()
                .anyMatch(t -> "person".equals(t.label()) && t.box().iou(p) >= 0.5)).count();
        long blurred = persons.stream().filter(p -> after.laplacianVariance(p) < EvidenceBlurTest.BLURRED_MAX)
                .count();
        System.out.printf(Locale.ROOT, "pipeline-driven snapshot, frame %d: %d ground-truth persons, %d tracked "
                + "(IoU >= 0.5), %d blurred below %.0f%n", frame.index() + 1, persons.size(), tracked, blurred,
                EvidenceBlurTest.BLURRED_MAX);
        assertThat(persons).isNotEmpty();
        assertThat(blurred).isGreaterThanOrEqualTo(tracked);
        assertThat((double) blurred / persons.size()).isGreaterThanOrEqualTo(0.8);
    }
}
