package city.relais.hub.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import city.relais.config.CityConfigLoader;
import city.relais.connectors.sim.LevelChange;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.runtime.RelaisHub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code zone.occupied} / {@code zone.empty} published on the hub's broker to the lamp write the dim-when-empty
 * automation makes on the OPC UA street-light simulator (Eclipse Milo, on loopback), one event at a time. The write
 * counts from the instant the simulator applied it to its lamp (its level history); hold 0 s, so an empty zone dims
 * at once. Anti-cycling allows at most 120 changes an hour per lamp group, so the bench spreads its events over
 * {@code groups} lamp groups (one camera, automation, device and lamp each), with a few cycles to warm up first.
 */
public final class LampWriteBench {

    /** What was measured. */
    public record Result(int groups, int cyclesPerGroup, LatencySummary occupiedToWrite, LatencySummary emptyToWrite,
                  LatencySummary all) {
    }

    /** Changes an hour allowed by the automation's anti-cycling, less the floor's reserve of one. */
    static final int MAX_CYCLES = 58;
    static final int WARM_UP_CYCLES = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final YAMLMapper YAML = new YAMLMapper();

    Result run(int groups, int cycles, Path work) throws Exception {
        if (cycles + WARM_UP_CYCLES > MAX_CYCLES) {
            throw new IllegalArgumentException("at most " + (MAX_CYCLES - WARM_UP_CYCLES) + " cycles per lamp group "
                    + "(max-changes-per-hour 120), got " + cycles);
        }
        List<String> lamps = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            lamps.add("L" + g);
        }
        try (LightingSimulators simulators = LightingSimulators.start(LightingSimulators.Settings.defaults(lamps,
                work.resolve("sim-pki")).withPorts(0, LightingSimulators.Settings.OFF, LightingSimulators.Settings.OFF)
                .withProgramLevel(50))) {
            var server = simulators.opcua().orElseThrow();
            Path file = city(work, server.endpointUrl(), groups);
            try (RelaisHub hub = new RelaisHub(CityConfigLoader.load(file)).start()) {
                List<SimulatedLamp> lampsOf = lamps.stream().map(server::lamp).toList();
                cycles(hub, lampsOf, WARM_UP_CYCLES, new ArrayList<>(), new ArrayList<>());
                List<Long> occupied = new ArrayList<>();
                List<Long> empty = new ArrayList<>();
                cycles(hub, lampsOf, cycles, occupied, empty);
                List<Long> all = new ArrayList<>(occupied);
                all.addAll(empty);
                return new Result(groups, cycles, LatencySummary.ofNanos(occupied), LatencySummary.ofNanos(empty),
                        LatencySummary.ofNanos(all));
            }
        }
    }

    private static void cycles(RelaisHub hub, List<SimulatedLamp> lamps, int cycles, List<Long> occupied,
                               List<Long> empty) throws Exception {
        for (int c = 0; c < cycles; c++) {
            for (int g = 0; g < lamps.size(); g++) {
                occupied.add(oneWrite(hub, g, lamps.get(g), EventType.ZONE_OCCUPIED, 100));
                empty.add(oneWrite(hub, g, lamps.get(g), EventType.ZONE_EMPTY, 20));
            }
        }
    }

    /** Publishes one event and returns the nanoseconds until the simulator applied the level it causes. */
    private static long oneWrite(RelaisHub hub, int group, SimulatedLamp lamp, EventType type, double level)
            throws Exception {
        int before = lamp.history().size();
        CityEvent event = CityEvent.builder(type, "street-" + group).zone("sidewalk").objectClass("person")
                .confidence(0.9).build();
        Instant published = Instant.now();
        hub.publish(List.of(event));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (lamp.history().size() == before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("lamp " + lamp.id() + ": no write within " + PATIENCE.toSeconds()
                        + " s of " + type.wireName() + " (level " + lamp.targetLevel() + ")");
            }
            LockSupport.parkNanos(100_000);
        }
        List<LevelChange> history = lamp.history();
        LevelChange change = history.get(history.size() - 1);
        if (change.toPercent() != level || change.cause() != LevelChange.Cause.COMMAND) {
            throw new IllegalStateException("lamp " + lamp.id() + ": after " + type.wireName() + " expected a "
                    + "command to " + level + " %, got " + change);
        }
        return Duration.between(published, change.at()).toNanos();
    }

    /** One street camera, OPC UA device (one lamp) and dim-when-empty automation per group. */
    private static Path city(Path work, String endpoint, int groups) throws Exception {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode hub = root.putObject("hub");
        hub.putObject("http").put("host", "127.0.0.1").put("port", FreePorts.next());
        hub.put("data-dir", work.resolve("lamp-data").toAbsolutePath().toString());
        root.putObject("broker").put("mode", "embedded");
        ArrayNode cameras = root.putArray("cameras");
        ArrayNode devices = root.putArray("devices");
        ArrayNode automations = root.putArray("automations");
        for (int g = 0; g < groups; g++) {
            ObjectNode camera = cameras.addObject().put("id", "street-" + g).put("source", "demo:street");
            camera.putObject("zones").putArray("sidewalk").add(point(0.1, 0.1)).add(point(0.9, 0.1))
                    .add(point(0.9, 0.9)).add(point(0.1, 0.9));
            camera.putArray("skills").addObject().putObject("presence").put("zone", "sidewalk").putArray("classes")
                    .add("person");
            ObjectNode device = devices.addObject().put("id", "lights-" + g).put("kind", "street-lights")
                    .put("protocol", "opcua").put("endpoint", endpoint);
            device.putObject("lamps").putObject("L" + g).put("node", "ns=2;s=L" + g + ".Level").put("watts", 60);
            ObjectNode a = automations.addObject().put("id", "dim-" + g);
            a.putObject("when").put("camera", "street-" + g).put("zone", "sidewalk").putArray("events")
                    .add("zone.occupied").add("zone.empty");
            a.put("policy", "dim-when-empty").put("device", "lights-" + g);
            a.putObject("params").put("night", "always").put("floor", 20).put("level-on-presence", 100)
                    .put("ramp-up", "1s").put("ramp-down", "1s").put("hold", "0s").put("max-changes-per-hour", 120)
                    .put("lease", "10min");
        }
        Path file = work.resolve("lamp-bench-city.yaml");
        YAML.writeValue(file.toFile(), root);
        return file;
    }

    private static ArrayNode point(double x, double y) {
        return YAML.createArrayNode().add(x).add(y);
    }
}
