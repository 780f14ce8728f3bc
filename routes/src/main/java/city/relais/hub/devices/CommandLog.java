package city.relais.hub.devices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Appends device command records as JSON lines, one file per UTC day under {@code <data-dir>/commands/}. */
public final class CommandLog implements AutoCloseable {

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private FileChannel channel;
    private LocalDate channelDay;
    private volatile java.util.function.Consumer<DeviceCommandRecord> alsoTo = record -> { };

    /** Each appended record is also handed to {@code consumer} (the audit table). */
    public void alsoTo(java.util.function.Consumer<DeviceCommandRecord> consumer) {
        alsoTo = consumer;
    }

    public CommandLog(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    public synchronized void append(DeviceCommandRecord record) {
        try {
            LocalDate day = LocalDate.ofInstant(record.time(), ZoneOffset.UTC);
            if (!day.equals(channelDay)) {
                close();
                channel = FileChannel.open(folder.resolve(day + ".jsonl"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                channelDay = day;
            }
            ByteBuffer line = ByteBuffer.wrap((json.writeValueAsString(record) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the command log in " + folder, e);
        }
        alsoTo.accept(record);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            channelDay = null;
        }
    }
}
