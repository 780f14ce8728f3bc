package city.relais.hub.lighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import city.relais.connectors.sim.LevelChange;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.HttpProbe;
import city.relais.hub.TestCity;
import city.relais.hub.runtime.RelaisHub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events in over HTTP, through the broker and the dim-when-empty automation, out as OPC UA writes to the street-light
 * simulator; and the lamps going back to their program when the hub stops or dies.
 */
class LightingEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private LightingSimulators simulators;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
        if (simulators != null) {
            simulators.close();
        }
    }

    private SimulatedLamp startSimulator() throws Exception {
        simulators = LightingSimulators.start(LightingSimulators.Settings.defaults(List.of("L1", "L2"),
                folder.resolve("sim-pki")).withPorts(0, LightingSimulators.Settings.OFF,
                LightingSimulators.Settings.OFF));
        return simulators.opcua().orElseThrow().lamp("L1");
    }

    private static void post(HttpProbe http, EventType type) {
        CityEvent event = CityEvent.builder(type, LightingCity.CAMERA).zone(LightingCity.ZONE)
                .objectClass("person").build();
        assertThat(http.post("/api/events", CODEC.encodeToString(event)).statusCode()).isEqualTo(202);
    }

    @Test
    void night_scenario_ends_with_the_exact_level_history_and_the_lamps_released_at_stop() throws Exception {
        SimulatedLamp lamp = startSimulator();
        int port = TestCity.freePort();
        Path city = LightingCity.write(folder, port, folder.resolve("data"),
                simulators.opcua().orElseThrow().endpointUrl(), "1min");
        HttpProbe http = new HttpProbe(port);
        try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
            post(http, EventType.ZONE_OCCUPIED);
            await().atMost(PATIENCE).until(() -> lamp.leaseExpiry() != null);
            assertThat(lamp.targetLevel()).isEqualTo(100);

            post(http, EventType.ZONE_EMPTY);
            await().atMost(PATIENCE).until(() -> lamp.targetLevel() == 20);
            post(http, EventType.ZONE_OCCUPIED);
            await().atMost(PATIENCE).until(() -> lamp.targetLevel() == 100);
        }
        assertThat(lamp.leaseExpiry()).as("released when the hub stopped").isNull();
        assertThat(lamp.history()).extracting(LevelChange::toPercent, LevelChange::cause).containsExactly(
                org.assertj.core.groups.Tuple.tuple(20.0, LevelChange.Cause.COMMAND),
                org.assertj.core.groups.Tuple.tuple(100.0, LevelChange.Cause.COMMAND));
        assertThat(lamp.history()).allSatisfy(c -> assertThat(c.toPercent()).isGreaterThanOrEqualTo(20));
        assertThat(simulators.opcua().orElseThrow().lamp("L2").history()).hasSize(2);
    }

    @Test
    void anti_cycling_holds_under_an_event_storm() throws Exception {
        SimulatedLamp lamp = startSimulator();
        int port = TestCity.freePort();
        Path city = LightingCity.write(folder, port, folder.resolve("data"),
                simulators.opcua().orElseThrow().endpointUrl(), "1min", "0s");
        HttpProbe http = new HttpProbe(port);
        try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
            for (int i = 0; i < 1_000; i++) {
                post(http, i % 2 == 0 ? EventType.ZONE_OCCUPIED : EventType.ZONE_EMPTY);
            }
            post(http, EventType.ZONE_OCCUPIED);
            await().atMost(PATIENCE).until(() -> ActionCount.acted(http) >= 1_001);
            await().atMost(PATIENCE).until(() -> lamp.targetLevel() == 100);
        }
        assertThat(lamp.switchingCyclesLastHour()).as("max-changes-per-hour 12, plus the release at stop")
                .isLessThanOrEqualTo(13);
        assertThat(lamp.history()).allSatisfy(c -> assertThat(c.toPercent()).isGreaterThanOrEqualTo(20));
    }

    @Test
    void controller_down_for_30_s_raises_an_alarm_and_gets_only_the_current_state_after() throws Exception {
        SimulatedLamp lamp = startSimulator();
        var server = simulators.opcua().orElseThrow();
        int port = TestCity.freePort();
        Path city = LightingCity.write(folder, port, folder.resolve("data"), server.endpointUrl(), "1min");
        HttpProbe http = new HttpProbe(port);
        try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
            post(http, EventType.ZONE_OCCUPIED);
            await().atMost(PATIENCE).until(() -> lamp.leaseExpiry() != null);
            server.stop();
            Instant down = Instant.now();
            post(http, EventType.ZONE_EMPTY);                       // the floor falls due while it is down
            await().atMost(PATIENCE).until(() -> http.get("/health").body().contains("\"lights-1\" : \"DOWN\""));
            post(http, EventType.ZONE_OCCUPIED);                    // then presence again: the current state
            post(http, EventType.ZONE_EMPTY);                       // and empty: floor is what is due at the end
            Duration rest = Duration.ofSeconds(30).minus(Duration.between(down, Instant.now()));
            await("the controller stays down 30 s").pollDelay(rest.isNegative() ? Duration.ZERO : rest)
                    .atMost(Duration.ofSeconds(40)).until(() -> true);
            assertThat(lamp.history()).as("nothing reached the controller while it was down").isEmpty();
            server.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> lamp.targetLevel() == 20);
            await().atMost(PATIENCE).until(() -> http.get("/health").body().contains("\"lights-1\" : \"UP\""));
        }
        assertThat(lamp.history()).extracting(LevelChange::toPercent).as("one change after recovery, then release")
                .containsExactly(20.0, 100.0);
    }

    private Process startHubProcess(Path city) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + folder, "city.relais.hub.cli.RelaisCommand", "run", "--config", city.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("hub.log").toFile()).start();
    }

    @Test
    void lamps_return_to_their_program_when_a_killed_hub_lease_expires() throws Exception {
        SimulatedLamp lamp = startSimulator();
        int port = TestCity.freePort();
        Path city = LightingCity.write(folder, port, folder.resolve("data"),
                simulators.opcua().orElseThrow().endpointUrl(), "3s");
        HttpProbe http = new HttpProbe(port);
        child = startHubProcess(city);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .failFast("the hub process died, see " + folder.resolve("hub.log"), () -> !child.isAlive())
                .until(() -> http.get("/health").statusCode() == 200);

        post(http, EventType.ZONE_EMPTY);
        await().atMost(PATIENCE).until(() -> lamp.targetLevel() == 20);
        await("the lease is renewed while the hub lives").atMost(PATIENCE)
                .until(() -> lamp.history().size() == 1 && lamp.leaseExpiry() != null
                        && lamp.leaseExpiry().isAfter(Instant.now().plusMillis(2_500)));

        child.destroyForcibly().waitFor();
        Instant killed = Instant.now();
        await().atMost(Duration.ofSeconds(10)).until(() -> lamp.targetLevel() == 100);
        LevelChange back = lamp.history().get(lamp.history().size() - 1);
        assertThat(back.cause()).isEqualTo(LevelChange.Cause.LEASE_EXPIRED);
        assertThat(back.at()).isBefore(killed.plusSeconds(4));
    }
}
