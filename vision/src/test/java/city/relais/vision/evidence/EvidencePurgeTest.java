package city.relais.vision.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots past the evidence retention disappear on the next purge run; fresh ones and foreign files stay. */
class EvidencePurgeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    @TempDir
    Path dir;

    private EvidenceId stored(Instant at) throws IOException {
        EvidenceId id = EvidenceId.random();
        for (Path f : new Path[] {id.image(dir), id.sidecar(dir)}) {
            Files.write(f, new byte[100]);
            Files.setLastModifiedTime(f, FileTime.from(at));
        }
        return id;
    }

    @Test
    void purges_snapshots_and_sidecars_past_retention_and_keeps_fresh_ones() throws IOException {
        EvidenceId old = stored(NOW.minus(Duration.ofDays(8)));
        EvidenceId justOld = stored(NOW.minus(SEVEN_DAYS).minusSeconds(1));
        EvidenceId fresh = stored(NOW.minus(Duration.ofDays(6)));
        Path foreign = Files.writeString(dir.resolve("README.txt"), "not evidence");
        Files.setLastModifiedTime(foreign, FileTime.from(NOW.minus(Duration.ofDays(100))));

        PurgeResult result = new EvidencePurge(dir, SEVEN_DAYS).purge(NOW);

        assertThat(result).isEqualTo(new PurgeResult("evidence", NOW.minus(SEVEN_DAYS), 4, 2, 0, 400));
        assertThat(old.image(dir)).doesNotExist();
        assertThat(old.sidecar(dir)).doesNotExist();
        assertThat(justOld.image(dir)).doesNotExist();
        assertThat(fresh.image(dir)).exists();
        assertThat(fresh.sidecar(dir)).exists();
        assertThat(foreign).exists();
        assertThat(result.summary()).isEqualTo("retention purge evidence: 4 purged (400 bytes), 2 kept, 0 failed, "
                + "cutoff 2026-11-21T20:00:00Z");
    }

    @Test
    void the_next_run_purges_what_has_aged_since() throws IOException {
        EvidenceId id = stored(NOW.minus(Duration.ofDays(6)));
        EvidencePurge purge = new EvidencePurge(dir, SEVEN_DAYS);
        assertThat(purge.purge(NOW).purged()).isZero();
        assertThat(purge.purge(NOW.plus(Duration.ofDays(2))).purged()).isEqualTo(2);
        assertThat(id.image(dir)).doesNotExist();
    }

    @Test
    void a_missing_folder_is_an_empty_one_and_old_clips_and_leftover_part_files_are_purged() throws IOException {
        assertThat(new EvidencePurge(dir.resolve("none"), SEVEN_DAYS).purge(NOW).purged()).isZero();
        Path part = Files.write(dir.resolve(EvidenceId.random().value() + ".jpg.part"), new byte[10]);
        Files.setLastModifiedTime(part, FileTime.from(NOW.minus(Duration.ofDays(30))));
        Path clip = Files.write(EvidenceId.random().clip(dir), new byte[10]);
        Files.setLastModifiedTime(clip, FileTime.from(NOW.minus(Duration.ofDays(30))));
        assertThat(new EvidencePurge(dir, SEVEN_DAYS).purge(NOW).purged()).isEqualTo(2);
        assertThat(part).doesNotExist();
        assertThat(clip).doesNotExist();
    }

    @Test
    void refuses_a_retention_that_is_not_positive() {
        assertThatThrownBy(() -> new EvidencePurge(dir, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evidence retention must be positive");
    }

    @Test
    void evidence_ids_are_random_and_refuse_anything_that_could_name_another_file() {
        assertThat(EvidenceId.random()).isNotEqualTo(EvidenceId.random());
        assertThat(EvidenceId.random().value()).matches("[A-Za-z0-9_-]{24}");
        assertThat(EvidenceId.fromReference("evidence:../../etc/passwd")).isEmpty();
        assertThat(EvidenceId.fromReference("evidence:short")).isEmpty();
        assertThat(EvidenceId.fromReference("clip:abcdefghijklmnopqrst")).isEmpty();
        assertThat(EvidenceId.fromReference("evidence:abcdefghijklmnopqrst")).map(EvidenceId::value)
                .contains("abcdefghijklmnopqrst");
        assertThatThrownBy(() -> new EvidenceId("a/b/c/d/e/f/g/h/i/j")).isInstanceOf(IllegalArgumentException.class);
    }
}
