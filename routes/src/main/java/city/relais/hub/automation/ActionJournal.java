package city.relais.hub.automation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's persistent record of device actions: one JSON line per action, in one file per UTC day under
 * {@code <data-dir>/actions/}, forced to disk before the broker message is acknowledged. Keys of the two most recent
 * days are kept in memory, so a message redelivered after a crash is recognised and not acted on twice.
 */
public final class ActionJournal implements ActionSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActionJournal.class);
    private static final int DAYS_REMEMBERED = 2;

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private FileChannel channel;
    private LocalDate channelDay;

    public ActionJournal(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        for (Path day : recentDays()) {
            readKeys(day);
        }
        LOG.info("Action journal {}: {} recent action keys loaded", folder, taken.size());
    }

    private List<Path> recentDays() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> days = files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            return days.subList(Math.max(0, days.size() - DAYS_REMEMBERED), days.size());
        }
    }

    private void readKeys(Path day) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(day, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    taken.add(json.readTree(line).path("idempotencyKey").asText());
                } catch (IOException e) {
                    // a line torn by a crash mid-write: its action was never acknowledged, the broker redelivers it
                    LOG.warn("Ignoring a torn line in {}: {}", day, e.getMessage());
                }
            }
        }
    }

    /** The file that holds the actions decided on a given UTC day. */
    public Path fileFor(LocalDate day) {
        return folder.resolve(day + ".jsonl");
    }

    @Override
    public synchronized boolean accept(DeviceAction action) throws IOException {
        if (taken.contains(action.idempotencyKey())) {
            return false;
        }
        byte[] line = (json.writeValueAsString(action) + "\n").getBytes(StandardCharsets.UTF_8);
        FileChannel out = channelFor(LocalDate.ofInstant(action.decidedAt(), ZoneOffset.UTC));
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        out.force(false);
        taken.add(action.idempotencyKey());
        return true;
    }

    private FileChannel channelFor(LocalDate day) throws IOException {
        if (!day.equals(channelDay)) {
            closeChannel();
            channel = FileChannel.open(fileFor(day), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            channel.position(channel.size());
            channelDay = day;
            endTornLine(channel);
        }
        return channel;
    }

    /** After a power cut the last line may be incomplete: start the next action on a line of its own. */
    private static void endTornLine(FileChannel file) throws IOException {
        long size = file.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        if (file.read(last, size - 1) == 1 && last.get(0) != '\n') {
            file.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeChannel();
    }
}
