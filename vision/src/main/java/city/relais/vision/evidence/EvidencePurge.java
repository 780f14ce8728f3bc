package city.relais.vision.evidence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes evidence snapshots and clips ({@code <id>.jpg}, {@code <id>.avi} and their {@code <id>.json} sidecars, and
 * {@code .part} files left by a crash) whose file time is older than {@code privacy.retention.evidence}. Files whose
 * name is not an evidence id are left alone. A missing folder is an empty one.
 */
public final class EvidencePurge implements RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(EvidencePurge.class);

    private final Path dir;
    private final Duration retention;

    public EvidencePurge(Path dir, Duration retention) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("evidence retention must be positive, got " + retention);
        }
    }

    @Override
    public PurgeResult purge(Instant now) {
        Instant cutoff = now.minus(retention);
        int purged = 0;
        int kept = 0;
        int failed = 0;
        long bytes = 0;
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    if (!isEvidenceFile(file)) {
                        continue;
                    }
                    try {
                        if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                            long size = Files.size(file);
                            Files.delete(file);
                            purged++;
                            bytes += size;
                        } else {
                            kept++;
                        }
                    } catch (NoSuchFileException gone) {
                        LOG.debug("{} vanished during the purge", file);
                    } catch (IOException e) {
                        failed++;
                        LOG.warn("cannot purge evidence file {}: {}", file, e.toString(), e);
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot list evidence folder {}: {}", dir, e.toString(), e);
                failed++;
            }
        }
        return new PurgeResult("evidence", cutoff, purged, kept, failed, bytes);
    }

    static boolean isEvidenceFile(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".part") ? name.substring(0, name.length() - ".part".length()) : name;
        int dot = base.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String ext = base.substring(dot + 1);
        return (ext.equals("jpg") || ext.equals("avi") || ext.equals("json"))
                && EvidenceId.PATTERN.matcher(base.substring(0, dot)).matches()
                && Files.isRegularFile(file);
    }

    @Override
    public String toString() {
        return "EvidencePurge[" + dir + ", " + retention + "]";
    }
}
