package city.relais.vision.evidence;

import static city.relais.vision.evidence.EvidenceFixtures.camera;
import static city.relais.vision.evidence.EvidenceFixtures.scene;
import static city.relais.vision.evidence.EvidenceFixtures.snapshotsFor;
import static city.relais.vision.evidence.EvidenceFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.EvidenceMode;
import city.relais.config.Privacy;
import city.relais.config.Retention;
import city.relais.event.EventType;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With snapshots off, or for an event type not listed, no image of any kind is produced. */
class MetadataOnlyEvidenceTest {

    @TempDir
    Path dir;

    private static SceneFrame frame() {
        byte[] px = new byte[64 * 48 * 3];
        new Random(3).nextBytes(px);
        return scene("cam", new ImageFrame(64, 48, px), List.of(track(1, "person", new Box(0.1, 0.1, 0.3, 0.6))));
    }

    private List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void metadata_only_is_the_default_and_produces_no_image_for_any_event_type() throws IOException {
        Path evidenceDir = dir.resolve("evidence");
        Evidence evidence = BlurredEvidence.forCamera(camera("cam", List.of()), Privacy.defaults(), evidenceDir);
        assertThat(evidence).isSameAs(Evidence.NONE);
        for (EventType type : EventType.values()) {
            assertThat(evidence.snapshot(frame(), type.wireName(), null)).as(type.wireName()).isEmpty();
            assertThat(evidence.snapshot(frame(), type.cloudEventType(), new Box(0, 0, 1, 1))).isEmpty();
        }
        assertThat(evidenceDir).doesNotExist();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void metadata_only_wins_even_when_event_types_are_listed() throws IOException {
        Privacy privacy = new Privacy(EvidenceMode.METADATA_ONLY, List.of("dump.detected"), Retention.defaults());
        Evidence evidence = BlurredEvidence.forCamera(camera("cam", List.of()), privacy, dir);
        assertThat(evidence.snapshot(frame(), "dump.detected", null)).isEmpty();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void blurred_snapshot_mode_stores_nothing_for_event_types_not_listed() throws IOException {
        Evidence evidence = BlurredEvidence.forCamera(camera("cam", List.of()), snapshotsFor("dump.detected"), dir);
        for (EventType type : EventType.values()) {
            if (type != EventType.DUMP_DETECTED) {
                assertThat(evidence.snapshot(frame(), type.wireName(), null)).as(type.wireName()).isEmpty();
            }
        }
        assertThat(filesIn(dir)).isEmpty();
        String reference = evidence.snapshot(frame(), "dump.detected", null).orElseThrow();
        EvidenceId id = EvidenceId.fromReference(reference).orElseThrow();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(id.image(dir), id.sidecar(dir));
        assertThat(reference).matches("evidence:[A-Za-z0-9_-]{16,64}");
    }

    @Test
    void blurred_snapshot_mode_without_listed_types_is_metadata_only() {
        Privacy privacy = new Privacy(EvidenceMode.BLURRED_SNAPSHOT, List.of(), Retention.defaults());
        assertThat(BlurredEvidence.forCamera(camera("cam", List.of()), privacy, dir)).isSameAs(Evidence.NONE);
    }
}
