package city.relais.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.vision.evidence.EvidenceId;
import city.relais.vision.evidence.EvidencePurge;
import city.relais.vision.evidence.PurgeResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPurgesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");

    @TempDir
    Path data;

    private Path snapshot(Path dir, Instant at) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.write(EvidenceId.random().image(dir), new byte[50]);
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }

    @Test
    void a_run_purges_old_evidence_counts_it_and_survives_a_failing_purge() throws IOException {
        Path dir = RetentionPurges.evidenceDir(data);
        Path old = snapshot(dir, NOW.minus(Duration.ofDays(8)));
        Path fresh = snapshot(dir, NOW.minus(Duration.ofHours(1)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RetentionPurges purges = new RetentionPurges(registry, Clock.fixed(NOW, ZoneOffset.UTC));
        purges.add(now -> {
            throw new IllegalStateException("store unreachable");
        });
        purges.add(new EvidencePurge(dir, Duration.ofDays(7)));

        List<PurgeResult> results = purges.runAll();

        assertThat(results).extracting(PurgeResult::what, PurgeResult::purged, PurgeResult::kept)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("evidence", 1, 1));
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(registry.get("relais.retention.purged").tag("what", "evidence").counter().count())
                .isEqualTo(1.0);
        purges.runAll();
        assertThat(registry.get("relais.retention.purged").tag("what", "evidence").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void the_evidence_folder_is_under_the_hub_data_dir() {
        assertThat(RetentionPurges.evidenceDir(Path.of("data"))).isEqualTo(Path.of("data", "evidence"));
    }
}
