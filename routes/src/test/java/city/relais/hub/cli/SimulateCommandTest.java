package city.relais.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import city.relais.config.device.Lamp;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.load.BuiltinModbusProfiles;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.LightingControllers;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.hub.TestCity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relais simulate lights|traffic --report FILE} as the scale-out script runs them: separate processes whose
 * report file another process reads.
 */
class SimulateCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final List<Process> processes = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process relais(String logName, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + folder, "city.relais.hub.cli.RelaisCommand"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(logName).toFile()).start();
        processes.add(process);
        return process;
    }

    private JsonNode read(Path file) throws IOException {
        return json.readTree(file.toFile());
    }

    @Test
    void simulate_lights_reports_a_level_commanded_over_talq_in_its_report_file() throws Exception {
        int talq = TestCity.freePort();
        Path report = folder.resolve("lights.json");
        Process lights = relais("lights.log", "simulate", "lights", "--opcua=-1", "--modbus=-1", "--talq",
                Integer.toString(talq), "--lamps", "A1,A2", "--bind", "127.0.0.1", "--pki",
                folder.resolve("pki").toString(), "--report", report.toString());
        await().atMost(PATIENCE).failFast("the simulator died, see lights.log", () -> !lights.isAlive())
                .until(() -> Files.exists(report));
        assertThat(read(report).get("lamps")).hasSize(2);

        StreetLights device = new StreetLights("street", Protocol.TALQ, "http://127.0.0.1:" + talq + "/talq", null,
                null, null, Map.of("A2", new Lamp(null, LightingSimulators.TALQ_ADDRESS_PREFIX + "A2", 0)));
        try (LightingController controller = LightingControllers.create(device, folder.resolve("hub-pki"),
                BuiltinModbusProfiles.all())) {
            controller.setLevel(new LevelCommand("k-1", List.of("A2"), 30, Duration.ZERO,
                    Instant.now().plusSeconds(60), "zone empty", "ref-1"));
        }

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode a2 = read(report).get("lamps").get(1);
            assertThat(a2.get("lamp").asText()).isEqualTo("A2");
            assertThat(a2.get("simulator").asText()).isEqualTo("talq");
            assertThat(a2.get("targetLevel").asDouble()).isEqualTo(30);
            assertThat(a2.get("history").get(0).get("cause").asText()).isEqualTo("COMMAND");
        });
        assertThat(read(report).get("lamps").get(0).get("targetLevel").asDouble()).isEqualTo(100);
    }

    @Test
    void simulate_traffic_writes_its_controller_report() throws Exception {
        Path report = folder.resolve("traffic.json");
        Process traffic = relais("traffic.log", "simulate", "traffic", "--port",
                Integer.toString(TestCity.freePort()), "--report", report.toString());
        await().atMost(PATIENCE).failFast("the simulator died, see traffic.log", () -> !traffic.isAlive())
                .until(() -> Files.exists(report));

        JsonNode controller = read(report);
        assertThat(controller.get("mode").asText()).isEqualTo("normal");
        assertThat(controller.get("conflictFault").isNull()).isTrue();
        assertThat(controller.get("requests")).isEmpty();
        assertThat(controller.get("signalLog").get(0).get("reason").asText()).isEqualTo("start-up");
    }
}
