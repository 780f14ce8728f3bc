package city.relais.connectors.sim;

import city.relais.config.load.BuiltinModbusProfiles;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.LightingControllers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lighting simulators' {@code --report} file, written by one process and read by a script in another. */
class ReportFileTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode lamp(Path file, String simulator, String id) throws Exception {
        for (JsonNode lamp : json.readTree(file.toFile()).get("lamps")) {
            if (lamp.get("simulator").asText().equals(simulator) && lamp.get("lamp").asText().equals(id)) {
                return lamp;
            }
        }
        throw new AssertionError("no lamp " + simulator + "/" + id + " in " + Files.readString(file));
    }

    @Test
    void a_command_over_opcua_shows_in_the_report_with_its_lease_and_history() throws Exception {
        LightingSimulators.Settings settings = LightingSimulators.Settings.defaults(List.of("S1", "S2"),
                dir.resolve("sim-pki")).withPorts(0, LightingSimulators.Settings.OFF, 0);
        Path file = dir.resolve("reports/lights.json");
        try (LightingSimulators simulators = LightingSimulators.start(settings);
             ReportFile report = ReportFile.start(file, Duration.ofMillis(50), simulators::report);
             LightingController lights = LightingControllers.create(simulators.opcuaDevice("street-1"),
                     dir.resolve("hub-pki"), BuiltinModbusProfiles.all())) {
            assertThat(lamp(file, "opcua", "S2").get("targetLevel").asDouble()).isEqualTo(100);
            assertThat(lamp(file, "opcua", "S2").get("leaseExpiry").isNull()).isTrue();

            Instant expiry = Instant.now().plusSeconds(60);
            lights.setLevel(new LevelCommand("k-1", List.of("S2"), 20, Duration.ZERO, expiry, "zone empty", "ref"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(lamp(file, "opcua", "S2").get("targetLevel").asDouble()).isEqualTo(20));
            JsonNode s2 = lamp(file, "opcua", "S2");
            assertThat(s2.get("leaseExpiry").isNull()).isFalse();
            assertThat(s2.get("history")).hasSize(1);
            assertThat(s2.get("history").get(0).get("toPercent").asDouble()).isEqualTo(20);
            assertThat(s2.get("history").get(0).get("cause").asText()).isEqualTo("COMMAND");
            assertThat(lamp(file, "opcua", "S1").get("targetLevel").asDouble()).isEqualTo(100);
            assertThat(lamp(file, "talq", "S2").get("targetLevel").asDouble()).isEqualTo(100);
            assertThat(report.writeIfChanged()).as("nothing changed since the last write").isFalse();
        }
    }
}
