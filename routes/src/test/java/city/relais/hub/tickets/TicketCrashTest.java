package city.relais.hub.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import city.relais.config.CityConfig;
import city.relais.config.Store;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.HttpProbe;
import city.relais.hub.TestCity;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.TicketRecord;
import city.relais.hub.store.TicketRecords;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kill -9 the hub (a real child process) while its ticket POST is out and unanswered, or while the service is down
 * with the intent stored; restart it on the same data folder: exactly one ticket at the service either way.
 */
class TicketCrashTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private Process hub;
    private Open311Simulator simulator;

    @AfterEach
    void stop() {
        if (hub != null && hub.isAlive()) {
            hub.destroyForcibly();
        }
        if (simulator != null) {
            simulator.faults().clear();
            simulator.close();
        }
    }

    private Process startHub(Path city, String logName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + folder, "city.relais.hub.cli.RelaisCommand", "run", "--no-timeline", "--config",
                city.toString());
        builder.redirectErrorStream(true).redirectOutput(folder.resolve(logName).toFile());
        return builder.start();
    }

    private void awaitHealthy(HttpProbe http, String logName) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast("the hub process died, see " + folder.resolve(logName), () -> !hub.isAlive())
                .until(() -> http.get("/health").statusCode() == 200);
    }

    /** The hub reads the services' definitions once started (the API may answer before): wait for both codes. */
    private void awaitDiscovery(String logName) {
        await().atMost(PATIENCE).until(() -> {
            String log = Files.readString(folder.resolve(logName));
            return log.contains("service BIN_OVERFLOW requires attributes")
                    && log.contains("service ILLEGAL_DUMP requires attributes");
        });
    }

    private Path city(int port) throws IOException {
        CityConfig ignored = TicketCity.load(folder, port, simulator.endpoint(), Store.embedded());
        return folder.resolve("city.yaml");
    }

    private static void post(HttpProbe http, String id) {
        CityEvent event = CityEvent.builder(EventType.BIN_OVERFLOWING, "bin-corner").zone("bin-12").id(id)
                .explanation("fill 0.95 above 0.80 for 600 s").build();
        assertThat(http.post("/api/events", new CloudEventCodec().encodeToString(event)).statusCode()).isEqualTo(202);
    }

    private List<TicketRecord> storedTickets() throws Exception {
        try (StoreDatabase store = StoreDatabase.open(Store.embedded(), folder.resolve("data"))) {
            return new TicketRecords(store).all();
        }
    }

    @Test
    void a_kill_while_the_post_is_unanswered_ends_with_exactly_one_ticket() throws Exception {
        simulator = new Open311Simulator(SimService.demo(), "test-key-123", null, null, "127.0.0.1", 0,
                Clock.systemUTC()).start();
        int port = TestCity.freePort();
        Path city = city(port);
        HttpProbe http = new HttpProbe(port);
        hub = startHub(city, "first-run.log");
        awaitHealthy(http, "first-run.log");
        awaitDiscovery("first-run.log");   // the hold is for the POST, not for the start-up's service reads
        simulator.faults().maxHold(Duration.ofSeconds(60)).holdNext(1);
        post(http, "bin-crash-1");
        await().atMost(PATIENCE).until(() -> simulator.tickets().size() == 1);
        hub.destroyForcibly().waitFor();
        simulator.faults().releaseHeld();
        assertThat(storedTickets()).singleElement().extracting(TicketRecord::state)
                .isEqualTo(TicketRecord.State.INTENT);

        hub = startHub(city, "second-run.log");
        awaitHealthy(http, "second-run.log");
        await().atMost(PATIENCE).until(() -> Files.readString(folder.resolve("second-run.log"))
                .contains("found by reconciliation"));
        hub.destroy();
        hub.waitFor();
        assertThat(simulator.tickets()).hasSize(1);
        assertThat(storedTickets()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(TicketRecord.State.OPEN);
            assertThat(t.serviceRequestId()).isEqualTo(simulator.tickets().get(0).id());
        });
    }

    @Test
    void a_kill_while_the_service_is_down_sends_the_stored_intent_once_after_restart() throws Exception {
        simulator = new Open311Simulator(SimService.demo(), "test-key-123", null, folder.resolve("sim.json"),
                "127.0.0.1", 0, Clock.systemUTC()).start();
        int port = TestCity.freePort();
        Path city = city(port);
        HttpProbe http = new HttpProbe(port);
        hub = startHub(city, "first-run.log");
        awaitHealthy(http, "first-run.log");
        simulator.stop();
        post(http, "bin-crash-2");
        await().atMost(PATIENCE).until(() -> Files.readString(folder.resolve("first-run.log"))
                .contains("ALARM device waste-service down"));
        hub.destroyForcibly().waitFor();
        assertThat(storedTickets()).singleElement().extracting(TicketRecord::state)
                .isEqualTo(TicketRecord.State.INTENT);

        simulator.start();
        hub = startHub(city, "second-run.log");
        awaitHealthy(http, "second-run.log");
        await().atMost(PATIENCE).until(() -> simulator.tickets().size() == 1
                && storedTickets().get(0).state() == TicketRecord.State.OPEN);
        hub.destroy();
        hub.waitFor();
        assertThat(simulator.tickets()).hasSize(1);
    }
}
