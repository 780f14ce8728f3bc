package city.relais.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the action journal a hub wrote under its data folder. */
public final class ActionFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActionFiles() {
    }

    /** Every complete action line, in file order (a line torn by a kill is skipped). */
    public static List<JsonNode> read(Path dataDir) {
        Path folder = dataDir.resolve("actions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JsonNode> actions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && line.endsWith("}")) {
                        actions.add(JSON.readTree(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    public static long countFor(Path dataDir, String automation) {
        return read(dataDir).stream().filter(a -> automation.equals(a.path("automation").asText())).count();
    }
}
