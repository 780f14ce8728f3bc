package city.relais.hub.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.InvalidEventException;

/** Reads a JSON-lines file of CloudEvents (one per line; blank lines and lines starting with # are skipped). */
public final class EventLines {

    private EventLines() {
    }

    /** A line that is not a valid event, with its 1-based line number. */
    public record BadLine(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /** The events read, and the lines that were refused. */
    public record Result(List<CityEvent> events, List<BadLine> bad) {
    }

    /** Opens {@code classpath:...} resources or plain paths (relative to {@code baseDir} when given). */
    public static InputStream open(String location, Path baseDir) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = EventLines.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource '" + resource + "' on the class path");
            }
            return in;
        }
        Path path = Path.of(location);
        if (!path.isAbsolute() && baseDir != null) {
            path = baseDir.resolve(path);
        }
        return Files.newInputStream(path);
    }

    public static Result read(InputStream in, CloudEventCodec codec) throws IOException {
        List<CityEvent> events = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                try {
                    events.add(codec.decode(trimmed));
                } catch (InvalidEventException e) {
                    bad.add(new BadLine(number, e.getMessage()));
                }
            }
        }
        return new Result(events, bad);
    }
}
