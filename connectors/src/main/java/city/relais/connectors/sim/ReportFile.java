package city.relais.connectors.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A simulator's machine-readable report: a JSON snapshot of what the device holds (lamp levels and their history, a
 * controller's priority requests and signal log), looked at every {@code every} and written again whenever it
 * changed, so that a script in another process can check the device side. The file is replaced atomically: a reader
 * never sees half a report. Written once more at {@link #close()}.
 */
public final class ReportFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFile.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final Supplier<?> snapshot;
    private final ScheduledExecutorService ticker;
    private String written;

    private ReportFile(Path file, Supplier<?> snapshot) {
        this.file = file.toAbsolutePath();
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "report-" + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Writes the report now, then again within {@code every} of each change, until closed. */
    public static ReportFile start(Path file, Duration every, Supplier<?> snapshot) {
        ReportFile report = new ReportFile(file, snapshot);
        report.writeIfChanged();
        report.ticker.scheduleWithFixedDelay(report::writeQuietly, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return report;
    }

    private void writeQuietly() {
        try {
            writeIfChanged();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the simulator report {}", file, e);
        }
    }

    /** Takes a snapshot and replaces the file when it differs from the last one written; true when written. */
    public synchronized boolean writeIfChanged() {
        try {
            String json = JSON.writeValueAsString(snapshot.get());
            if (json.equals(written)) {
                return false;
            }
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, json);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            written = json;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator report " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQuietly();
    }
}
