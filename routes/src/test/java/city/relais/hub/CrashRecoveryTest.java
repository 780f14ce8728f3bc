package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 the hub (a real child process) while events are queued in its embedded broker's journal, restart it on the
 * same data folder, and check that every accepted event was acted on exactly once by each automation.
 */
class CrashRecoveryTest {

    private static final int EVENTS = 1_500;
    private static final int BATCH = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private Process hub;

    @AfterEach
    void killLeftovers() {
        if (hub != null && hub.isAlive()) {
            hub.destroyForcibly();
        }
    }

    private Process startHub(Path city, String logName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + folder, "city.relais.hub.cli.RelaisCommand", "run", "--config", city.toString());
        builder.redirectErrorStream(true).redirectOutput(folder.resolve(logName).toFile());
        return builder.start();
    }

    private void awaitHealthy(HttpProbe http, String logName) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .failFast("the hub process died, see " + folder.resolve(logName), () -> !hub.isAlive())
                .until(() -> http.get("/health").statusCode() == 200);
    }

    @Test
    void every_event_queued_at_a_kill_is_acted_on_exactly_once_after_restart() throws Exception {
        int port = TestCity.freePort();
        Path dataDir = folder.resolve("data");
        Path city = TestCity.write(folder, port, dataDir, null);
        HttpProbe http = new HttpProbe(port);
        CloudEventCodec codec = new CloudEventCodec();

        hub = startHub(city, "first-run.log");
        awaitHealthy(http, "first-run.log");

        List<String> ids = new ArrayList<>();
        for (int sent = 0; sent < EVENTS; sent += BATCH) {
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < BATCH; i++) {
                CityEvent event = CityEvent.builder(EventType.ZONE_OCCUPIED, TestCity.CAMERA).zone(TestCity.ZONE)
                        .trackId(sent + i).objectClass("person").confidence(0.8).build();
                ids.add(event.id());
                batch.append(i == 0 ? "" : ",").append(codec.encodeToString(event));
            }
            assertThat(http.post("/api/events", batch.append(']').toString()).statusCode()).isEqualTo(202);
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> !ActionFiles.read(dataDir).isEmpty());
        hub.destroyForcibly().waitFor();
        int actedBeforeKill = ActionFiles.read(dataDir).size();
        assertThat(actedBeforeKill).as("events must still be queued when the hub is killed")
                .isLessThan(2 * EVENTS);

        hub = startHub(city, "second-run.log");
        awaitHealthy(http, "second-run.log");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode automations = JSON.readTree(http.get("/health").body()).path("automations");
            return automations.path(TestCity.FIRST_AUTOMATION).path("backlog").asLong() == 0
                    && automations.path(TestCity.SECOND_AUTOMATION).path("backlog").asLong() == 0
                    && ActionFiles.read(dataDir).size() >= 2 * EVENTS;
        });
        hub.destroy();
        hub.waitFor();

        List<JsonNode> actions = ActionFiles.read(dataDir);
        for (String automation : List.of(TestCity.FIRST_AUTOMATION, TestCity.SECOND_AUTOMATION)) {
            List<String> acted = actions.stream().filter(a -> automation.equals(a.path("automation").asText()))
                    .map(a -> a.path("eventId").asText()).toList();
            Set<String> unique = new HashSet<>(acted);
            assertThat(acted).as("no event acted on twice by " + automation).hasSameSizeAs(unique);
            assertThat(unique).as("every accepted event acted on by " + automation).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(Files.readString(folder.resolve("second-run.log"))).doesNotContain("Exception in thread");
        assertThat(new File(dataDir.resolve("broker").toString())).isDirectory();
    }
}
