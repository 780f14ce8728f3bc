package city.relais.connectors.talq;

import city.relais.config.device.Lamp;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.connectors.NightScenario;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.connectors.sim.LevelChange;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.sim.talq.TalqGatewaySimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

class TalqLightingControllerTest {

    private static final List<String> LAMPS = List.of("R1", "P1", "E1", "N1", "N2", "D1");
    private static TalqGatewaySimulator gateway;

    private TalqLightingController lights;

    @BeforeAll
    static void startGateway() throws Exception {
        Map<String, SimulatedLamp> lamps = new LinkedHashMap<>();
        LAMPS.forEach(id -> lamps.put(address(id),
                new SimulatedLamp(id, NightScenario.PROGRAM, 80, Clock.systemUTC())));
        gateway = new TalqGatewaySimulator(lamps, "127.0.0.1", 0, Clock.systemUTC()).start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @AfterEach
    void closeController() {
        lights.close();
    }

    @Test
    void sets_a_level_with_ramp_and_lease_and_reads_it_back_mid_ramp_and_at_the_end() throws Exception {
        lights = controller();
        Instant lease = Instant.now().plusSeconds(120);
        CommandAck ack = lights.setLevel(command("ramp-1", "R1", 20, Duration.ofSeconds(3), lease));

        assertThat(ack).isEqualTo(new CommandAck("ramp-1", "accepted", false));
        LampState midRamp = lights.read(List.of("R1")).get(0);
        assertThat(midRamp.commandedLevelPercent()).isEqualTo(20);
        assertThat(midRamp.actualLevelPercent()).isBetween(20.0, NightScenario.PROGRAM);
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(lights.read(List.of("R1")).get(0)
                .actualLevelPercent()).isStrictlyBetween(20.0, NightScenario.PROGRAM));
        assertThat(midRamp.leaseExpiry()).isEqualTo(lease);
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                assertThat(lights.read(List.of("R1")).get(0).actualLevelPercent()).isEqualTo(20));
    }

    @Test
    void release_is_an_override_without_target_command_and_returns_to_program() throws Exception {
        lights = controller();
        lights.setLevel(command("release-1", "P1", 20, Duration.ZERO, Instant.now().plusSeconds(120)));
        lights.release(new ReleaseCommand("release-2", List.of("P1"), "test", "ref"));

        assertThat(gateway.lamp(address("P1")).targetLevel()).isEqualTo(NightScenario.PROGRAM);
        assertThat(lights.read(List.of("P1")).get(0).leased()).isFalse();
        assertThat(gateway.lamp(address("P1")).history()).extracting(LevelChange::cause)
                .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.RELEASE);
    }

    @Test
    void the_gateway_returns_the_lamp_to_its_program_when_the_override_expires() throws Exception {
        lights = controller();
        lights.setLevel(command("lease-1", "E1", 20, Duration.ZERO, Instant.now().plusMillis(1200)));

        await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                assertThat(lights.read(List.of("E1")).get(0).actualLevelPercent()).isEqualTo(NightScenario.PROGRAM));
        assertThat(gateway.lamp(address("E1")).history()).extracting(LevelChange::cause)
                .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.LEASE_EXPIRED);
    }

    @Test
    void a_night_ends_with_the_expected_level_history_per_lamp() throws Exception {
        lights = controller();
        NightScenario night = new NightScenario(lights, "N1", "N2", level -> level);
        night.run();

        NightScenario.assertHistory(gateway.lamp(address("N1")).history(), night.expectedFirst());
        NightScenario.assertHistory(gateway.lamp(address("N2")).history(), night.expectedSecond());
    }

    @Test
    void the_gateway_answers_a_repeated_request_id_as_a_duplicate_without_a_new_switching_cycle() throws Exception {
        lights = controller();
        LevelCommand command = command("dup-1", "D1", 30, Duration.ZERO, Instant.now().plusSeconds(120));
        lights.setLevel(command);

        CommandAck retry = lights.setLevel(command);

        assertThat(retry).isEqualTo(new CommandAck("dup-1", "accepted", true));
        assertThat(gateway.lamp(address("D1")).switchingCyclesLastHour()).isEqualTo(1);
    }

    @Test
    void a_4xx_is_not_retryable_and_carries_the_gateways_message() {
        lights = controller();
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.setLevel(
                command("past-1", "R1", 40, Duration.ZERO, Instant.now().minusSeconds(5))));

        assertThat(e.protocolStatus()).isEqualTo("HTTP 400");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("targetCommand.expiration must be in the future");
    }

    @Test
    void an_unknown_address_is_a_404_with_the_gateways_message() {
        lights = controller();
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("X1")));

        assertThat(e.protocolStatus()).isEqualTo("HTTP 404");
        assertThat(e.getMessage()).contains("no lamp at address talq://gw1/nowhere");
    }

    @Test
    void a_5xx_is_retryable() {
        lights = controller();
        gateway.unavailable(true);
        try {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("R1")));

            assertThat(e.protocolStatus()).isEqualTo("HTTP 503");
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("gateway in maintenance");
        } finally {
            gateway.unavailable(false);
        }
    }

    @Test
    void a_stopped_gateway_is_a_retryable_failure_and_the_next_command_after_restart_succeeds() throws Exception {
        lights = controller();
        gateway.stop();
        try {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.setLevel(
                    command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60))));
            assertThat(e.retryable()).as(e.getMessage()).isTrue();
            assertThat(e.protocolStatus()).isEqualTo("CONNECTION_FAILED");
        } finally {
            gateway.start();
        }
        CommandAck ack = lights.setLevel(command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60)));

        assertThat(ack.duplicate()).isFalse();
        assertThat(gateway.lamp(address("R1")).targetLevel()).isEqualTo(60);
    }

    @Test
    void the_simulator_refuses_a_reused_request_id_with_another_command() throws Exception {
        String body = "{\"talqRequestId\":\"reuse-1\",\"addresses\":[\"" + address("D1") + "\"]}";
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest first = HttpRequest.newBuilder(URI.create(gateway.endpoint() + "/override-commands"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpRequest other = HttpRequest.newBuilder(URI.create(gateway.endpoint() + "/override-commands"))
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("/d1", "/p1"))).build();

        assertThat(client.send(first, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        assertThat(client.send(first, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> conflict = client.send(other, HttpResponse.BodyHandlers.ofString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("already used for another override");
        lights = controller();
    }

    private static TalqLightingController controller() {
        Map<String, Lamp> lamps = new LinkedHashMap<>();
        LAMPS.forEach(id -> lamps.put(id, new Lamp(null, address(id), 40)));
        lamps.put("X1", new Lamp(null, "talq://gw1/nowhere", 40));
        StreetLights device = new StreetLights("talq", Protocol.TALQ, gateway.endpoint(), null, null, null, lamps);
        return new TalqLightingController(device, Duration.ofSeconds(2));
    }

    private static String address(String lamp) {
        return "talq://gw1/" + lamp.toLowerCase();
    }

    private static LevelCommand command(String key, String lamp, double level, Duration ramp, Instant lease) {
        return new LevelCommand(key, List.of(lamp), level, ramp, lease, "test", "ref-" + key);
    }
}
