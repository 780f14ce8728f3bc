package city.relais.vision.scenario;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigException;
import city.relais.config.CityConfigLoader;
import city.relais.config.camera.Camera;
import city.relais.vision.skill.SignalState;
import city.relais.vision.skill.SignalStates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code NAME.scenario.yaml} read (format: {@code vision/SCENARIOS.md}): the clip, the camera (read by the city
 * file's own loader and validation), the signal timeline and the expected events.
 */
public record ScenarioFile(Path file, Path clip, Camera camera, Map<String, List<Change>> signals,
                           List<ExpectedEvent> expected, Instant start) {

    /** Clock time of the first frame when the file gives no {@code start:} (noon, for skills on a schedule). */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T12:00:00Z");

    /** The wall-clock time of clip time {@code t}. */
    public Instant at(double t) {
        return start.plusMillis(Math.round(t * 1000));
    }

    /** From {@code from} seconds on, the approach shows {@code state}. */
    public record Change(double from, SignalState state) {
    }

    /** The stem of the file name, e.g. {@code bin-pile-day}. */
    public String name() {
        String n = file.getFileName().toString();
        return n.endsWith(".scenario.yaml") ? n.substring(0, n.length() - ".scenario.yaml".length()) : n;
    }

    /** The signal states at clip time {@code t}. */
    public SignalStates signalsAt(double t) {
        return approach -> {
            SignalState state = SignalState.UNKNOWN;
            for (Change c : signals.getOrDefault(approach, List.of())) {
                if (c.from() <= t + 1e-9) {
                    state = c.state();
                }
            }
            return state;
        };
    }

    /**
     * Reads a scenario file.
     *
     * @throws IOException naming the file and the key when it cannot be read or is invalid
     */
    public static ScenarioFile read(Path file) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode root;
        try {
            root = yaml.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": must be a map with clip, camera and expected");
        }
        JsonNode clipNode = root.get("clip");
        if (clipNode == null || !clipNode.isTextual()) {
            throw new IOException(file + ": clip: required (a path relative to this file)");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path clip = dir.resolve(clipNode.textValue()).normalize();
        if (!Files.isRegularFile(clip)) {
            throw new IOException(file + ": clip: " + clip + " does not exist");
        }
        JsonNode cameraNode = root.get("camera");
        if (cameraNode == null || !cameraNode.isObject()) {
            throw new IOException(file + ": camera: required (a camera in the city-file shape)");
        }
        ObjectNode cam = ((ObjectNode) cameraNode).deepCopy();
        cam.put("source", clip.toString());
        ObjectNode city = yaml.createObjectNode();
        city.putArray("cameras").add(cam);
        ArrayNode controllers = signalControllers(yaml, cam);
        if (!controllers.isEmpty()) {
            city.set("devices", controllers);
        }
        Camera camera;
        try {
            CityConfig config = new CityConfigLoader(System::getenv).parse(file.toString() + " (camera)",
                    yaml.writeValueAsString(city), dir);
            camera = config.cameras().get(0);
        } catch (CityConfigException e) {
            throw new IOException(file + ": camera: " + e.getMessage(), e);
        }
        Instant start = DEFAULT_START;
        if (root.hasNonNull("start")) {
            try {
                start = Instant.parse(root.get("start").asText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IOException(file + ": start: '" + root.get("start").asText()
                        + "' is not an ISO-8601 instant (e.g. 2026-01-01T03:00:00Z)", e);
            }
        }
        return new ScenarioFile(file, clip, camera, signals(file, root.get("signals")),
                expected(file, root.get("expected")), start);
    }

    /**
     * The traffic controllers the camera's signal-linked skills name (red light, on-demand), declared so that the
     * camera validates as in a city file; the scenario's {@code signals:} timeline stands for their state.
     */
    private static ArrayNode signalControllers(YAMLMapper yaml, ObjectNode camera) {
        ArrayNode devices = yaml.createArrayNode();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode skill : camera.withArray("skills")) {
            if (!skill.isObject() || skill.size() != 1) {
                continue;
            }
            JsonNode params = skill.elements().next();
            if (params.hasNonNull("signal") && seen.add(params.get("signal").asText())) {
                ObjectNode d = devices.addObject();
                d.put("id", params.get("signal").asText());
                d.put("kind", "traffic-controller");
                d.put("protocol", "modbus");
                d.put("address", "127.0.0.1:502");
                d.put("profile", "generic-priority-v1");
                d.putObject("approaches").put(params.path("approach").asText("N"), 1);
            }
        }
        return devices;
    }

    private static Map<String, List<Change>> signals(Path file, JsonNode node) throws IOException {
        Map<String, List<Change>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IOException(file + ": signals: must map approach -> [[from-second, state], ...]");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<Change> changes = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new IOException(file + ": signals." + e.getKey() + ": must be a list of [from-second, state]");
            }
            for (JsonNode c : e.getValue()) {
                if (!(c instanceof ArrayNode a) || a.size() != 2 || !a.get(0).isNumber() || !a.get(1).isTextual()) {
                    throw new IOException(file + ": signals." + e.getKey() + ": entry " + c
                            + " must be [from-second, red|amber|green]");
                }
                String s = a.get(1).textValue().toUpperCase(Locale.ROOT);
                if (!List.of("RED", "AMBER", "GREEN").contains(s)) {
                    throw new IOException(file + ": signals." + e.getKey() + ": state '" + a.get(1).textValue()
                            + "' must be red, amber or green");
                }
                changes.add(new Change(a.get(0).doubleValue(), SignalState.valueOf(s)));
            }
            out.put(e.getKey(), List.copyOf(changes));
        }
        return out;
    }

    private static List<ExpectedEvent> expected(Path file, JsonNode node) throws IOException {
        if (node == null || node.isNull()) {
            throw new IOException(file + ": expected: required ([] for a hard negative)");
        }
        if (!node.isArray()) {
            throw new IOException(file + ": expected: must be a list of {type, zone, at, tolerance}");
        }
        List<ExpectedEvent> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : node) {
            String where = file + ": expected[" + i++ + "]";
            if (!e.isObject() || !e.path("type").isTextual() || !e.path("at").isNumber()) {
                throw new IOException(where + ": needs type (text) and at (seconds)");
            }
            String zone = e.path("zone").isTextual() ? e.get("zone").textValue() : null;
            double tolerance = e.path("tolerance").isNumber() ? e.get("tolerance").doubleValue() : 2.0;
            try {
                out.add(new ExpectedEvent(e.get("type").textValue(), zone, e.get("at").doubleValue(), tolerance));
            } catch (IllegalArgumentException ex) {
                throw new IOException(where + ": " + ex.getMessage(), ex);
            }
        }
        return List.copyOf(out);
    }
}
