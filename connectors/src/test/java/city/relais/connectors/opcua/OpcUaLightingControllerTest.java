package city.relais.connectors.opcua;

import city.relais.config.Secret;
import city.relais.config.device.Lamp;
import city.relais.config.device.OpcUaSecurity;
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
import city.relais.connectors.sim.opcua.OpcUaLightingSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

class OpcUaLightingControllerTest {

    private static final List<String> LAMPS = List.of("R1", "P1", "E1", "N1", "N2", "D1", "S1", "G1", "X1");
    private static final OpcUaSecurity SECURE = new OpcUaSecurity(OpcUaSecurity.Policy.BASIC256SHA256,
            OpcUaSecurity.Mode.SIGN_AND_ENCRYPT, "relais", Secret.of("street-lights-42"));

    @TempDir
    static Path simPki;
    static OpcUaLightingSimulator sim;

    @TempDir
    Path hubPki;

    @BeforeAll
    static void startSimulator() throws Exception {
        List<SimulatedLamp> lamps = LAMPS.stream()
                .map(id -> new SimulatedLamp(id, NightScenario.PROGRAM, 80, Clock.systemUTC())).toList();
        sim = new OpcUaLightingSimulator(lamps, OpcUaLightingSimulator.Options.defaults(simPki)
                .withUsers(Map.of("relais", "street-lights-42"), true)).start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @Test
    void sets_a_level_with_ramp_and_lease_and_reads_it_back_mid_ramp_and_at_the_end() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            Instant lease = Instant.now().plusSeconds(120);
            CommandAck ack = lights.setLevel(command("ramp-1", "R1", 20, Duration.ofSeconds(3), lease));

            assertThat(ack).isEqualTo(new CommandAck("ramp-1", "Good", false));
            LampState midRamp = lights.read(List.of("R1")).get(0);
            assertThat(midRamp.commandedLevelPercent()).isEqualTo(20);
            assertThat(midRamp.actualLevelPercent()).isBetween(20.0, 50.0);
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(lights.read(List.of("R1")).get(0).actualLevelPercent()).isStrictlyBetween(20.0, 50.0));
            assertThat(midRamp.leaseExpiry()).isCloseTo(lease, within(Duration.ofMillis(1)));
            assertThat(midRamp.status()).isEqualTo("OK");
            await().atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                    assertThat(lights.read(List.of("R1")).get(0).actualLevelPercent()).isEqualTo(20));
            assertThat(sim.lamp("R1").leaseExpiry()).isCloseTo(lease, within(Duration.ofMillis(1)));
        }
    }

    @Test
    void release_returns_the_lamp_to_its_program_level() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            lights.setLevel(command("release-1", "P1", 20, Duration.ZERO, Instant.now().plusSeconds(120)));
            lights.release(new ReleaseCommand("release-2", List.of("P1"), "test", "ref"));

            assertThat(sim.lamp("P1").targetLevel()).isEqualTo(NightScenario.PROGRAM);
            assertThat(lights.read(List.of("P1")).get(0).leased()).isFalse();
            assertThat(sim.lamp("P1").history()).extracting(LevelChange::cause)
                    .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.RELEASE);
        }
    }

    @Test
    void an_expired_lease_returns_the_lamp_to_its_program_level() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            lights.setLevel(command("lease-1", "E1", 20, Duration.ZERO, Instant.now().plusMillis(1500)));
            assertThat(sim.lamp("E1").targetLevel()).isEqualTo(20);

            await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                    assertThat(lights.read(List.of("E1")).get(0).actualLevelPercent())
                            .isEqualTo(NightScenario.PROGRAM));
            assertThat(sim.lamp("E1").history()).extracting(LevelChange::cause)
                    .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.LEASE_EXPIRED);
        }
    }

    @Test
    void a_night_ends_with_the_expected_level_history_per_lamp() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            NightScenario night = new NightScenario(lights, "N1", "N2", level -> level);
            night.run();

            NightScenario.assertHistory(sim.lamp("N1").history(), night.expectedFirst());
            NightScenario.assertHistory(sim.lamp("N2").history(), night.expectedSecond());
        }
    }

    @Test
    void a_retried_command_is_a_duplicate_and_adds_no_switching_cycle() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            LevelCommand command = command("dup-1", "D1", 30, Duration.ZERO, Instant.now().plusSeconds(120));
            lights.setLevel(command);
            int cycles = sim.lamp("D1").switchingCyclesLastHour();

            CommandAck retry = lights.setLevel(command);

            assertThat(retry.duplicate()).isTrue();
            assertThat(sim.lamp("D1").switchingCyclesLastHour()).isEqualTo(cycles).isEqualTo(1);
        }
    }

    @Test
    void works_with_sign_and_encrypt_and_a_user_name() throws Exception {
        trust(sim);
        try (OpcUaLightingController lights = controller(SECURE)) {
            lights.setLevel(command("secure-1", "S1", 40, Duration.ZERO, Instant.now().plusSeconds(120)));

            assertThat(lights.read(List.of("S1")).get(0).actualLevelPercent()).isEqualTo(40);
        }
    }

    @Test
    void a_wrong_password_is_refused_with_its_status_code() throws Exception {
        trust(sim);
        OpcUaSecurity wrong = new OpcUaSecurity(SECURE.policy(), SECURE.mode(), "relais", Secret.of("guess"));
        try (OpcUaLightingController lights = controller(wrong)) {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("S1")));

            assertThat(e.protocolStatus()).isEqualTo("Bad_UserAccessDenied");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("as user relais");
        }
    }

    @Test
    void an_untrusted_server_certificate_is_refused_until_its_file_is_moved_to_trusted() throws Exception {
        try (OpcUaLightingController lights = controller(SECURE)) {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("S1")));

            Path rejected = hubPki.resolve("rejected");
            Path saved;
            try (Stream<Path> files = Files.list(rejected)) {
                saved = files.findFirst().orElseThrow();
            }
            Path trusted = hubPki.resolve("trusted").resolve("certs");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("is not trusted", saved.toString(), trusted.toString());

            Files.move(saved, trusted.resolve(saved.getFileName()));

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(lights.read(List.of("S1"))).hasSize(1));
        }
    }

    @Test
    void works_with_a_server_that_has_only_the_level_node() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            lights.setLevel(command("generic-1", "G1", 30, Duration.ofSeconds(5), Instant.now().plusSeconds(60)));

            LampState state = lights.read(List.of("G1")).get(0);
            assertThat(state).isEqualTo(new LampState("G1", 30, 30, null, "Good"));
            lights.release(new ReleaseCommand("generic-2", List.of("G1"), "test", "ref"));
            assertThat(sim.lamp("G1").programLevel()).isEqualTo(100);
        }
    }

    @Test
    void an_unknown_node_is_reported_with_its_status_code() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("X1")));

            assertThat(e.protocolStatus()).isEqualTo("Bad_NodeIdUnknown");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("lamp X1", "ns=2;s=Nowhere.Level");
        }
    }

    @Test
    void a_stopped_server_is_a_retryable_failure_and_the_next_command_after_restart_succeeds() throws Exception {
        try (OpcUaLightingController lights = controller(null)) {
            lights.read(List.of("R1"));
            sim.stop();
            try {
                DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.setLevel(
                        command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60))));
                assertThat(e.retryable()).as(e.getMessage()).isTrue();
            } finally {
                sim.start();
            }
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> assertThat(lights.setLevel(
                    command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60))).duplicate()).isFalse());
            assertThat(sim.lamp("R1").targetLevel()).isEqualTo(60);
        }
    }

    private OpcUaLightingController controller(OpcUaSecurity security) throws Exception {
        Map<String, Lamp> lamps = new LinkedHashMap<>();
        LAMPS.forEach(id -> lamps.put(id, new Lamp(OpcUaLightingSimulator.levelNode(id), null, 60)));
        lamps.put("G1", new Lamp("ns=2;s=G1.ProgramLevel", null, 60));
        lamps.put("X1", new Lamp("ns=2;s=Nowhere.Level", null, 60));
        StreetLights device = new StreetLights("lights", Protocol.OPCUA, sim.endpointUrl(), null, security, null,
                lamps);
        return new OpcUaLightingController(device, new OpcUaOptions(hubPki, Duration.ofSeconds(2)));
    }

    private void trust(OpcUaLightingSimulator server) throws Exception {
        Path trusted = Files.createDirectories(hubPki.resolve("trusted").resolve("certs"));
        Files.write(trusted.resolve("simulator.der"), server.certificate().getEncoded());
    }

    private static LevelCommand command(String key, String lamp, double level, Duration ramp, Instant lease) {
        return new LevelCommand(key, List.of(lamp), level, ramp, lease, "test", "ref-" + key);
    }
}
