package city.relais.connectors.modbus;

import city.relais.config.device.Lamp;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.load.BuiltinModbusProfiles;
import city.relais.connectors.NightScenario;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.connectors.sim.LevelChange;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.sim.modbus.ModbusGatewaySimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

class ModbusLightingControllerTest {

    private static final List<String> LAMPS = List.of("R1", "P1", "E1", "N1", "N2", "D1", "F1");
    private static ModbusProfile dali;
    private static ModbusGatewaySimulator gateway;

    private ModbusLightingController lights;

    @BeforeAll
    static void startGateway() throws Exception {
        ModbusProfile builtIn = BuiltinModbusProfiles.get("dali-gateway");
        dali = new ModbusProfile("test-dali", builtIn.unitId(), Duration.ofMillis(500), 1, builtIn.levelScale(),
                builtIn.registers(), builtIn.rampUnit(), builtIn.leaseUnit(), builtIn.releaseLevel(), false);
        Map<Integer, SimulatedLamp> lamps = new LinkedHashMap<>();
        for (int address = 0; address < LAMPS.size(); address++) {
            lamps.put(address, new SimulatedLamp(LAMPS.get(address), NightScenario.PROGRAM, 80, Clock.systemUTC()));
        }
        gateway = new ModbusGatewaySimulator(lamps, dali, "127.0.0.1", 0, Clock.systemUTC()).start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @AfterEach
    void closeController() {
        if (lights != null) {
            lights.close();
        }
    }

    @Test
    void sets_a_level_with_ramp_and_lease_and_reads_it_back_mid_ramp_and_at_the_end() throws Exception {
        lights = controller(gateway, dali);
        Instant lease = Instant.now().plusSeconds(120);
        CommandAck ack = lights.setLevel(command("ramp-1", "R1", 20, Duration.ofSeconds(3), lease));

        assertThat(ack).isEqualTo(new CommandAck("ramp-1", "OK", false));
        LampState midRamp = lights.read(List.of("R1")).get(0);
        double floor = LevelCodec.onDevice(20, dali.levelScale());
        assertThat(midRamp.commandedLevelPercent()).isEqualTo(floor);
        assertThat(midRamp.actualLevelPercent()).isBetween(floor, NightScenario.PROGRAM + 1);
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(lights.read(List.of("R1")).get(0)
                .actualLevelPercent()).isStrictlyBetween(floor, NightScenario.PROGRAM - 1));
        assertThat(midRamp.leaseExpiry()).isCloseTo(lease, within(Duration.ofSeconds(2)));
        assertThat(midRamp.status()).isEqualTo("OK");
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                assertThat(lights.read(List.of("R1")).get(0).actualLevelPercent()).isEqualTo(floor));
        assertThat(gateway.lamp("R1").targetLevel()).isEqualTo(floor);
    }

    @Test
    void release_returns_the_lamp_to_its_program_level() throws Exception {
        lights = controller(gateway, dali);
        lights.setLevel(command("release-1", "P1", 20, Duration.ZERO, Instant.now().plusSeconds(120)));
        lights.release(new ReleaseCommand("release-2", List.of("P1"), "test", "ref"));

        assertThat(gateway.lamp("P1").targetLevel()).isEqualTo(NightScenario.PROGRAM);
        assertThat(lights.read(List.of("P1")).get(0).leased()).isFalse();
        assertThat(gateway.lamp("P1").history()).extracting(LevelChange::cause)
                .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.RELEASE);
    }

    @Test
    void an_expired_lease_returns_the_lamp_to_its_program_level() throws Exception {
        lights = controller(gateway, dali);
        lights.setLevel(command("lease-1", "E1", 20, Duration.ZERO, Instant.now().plusMillis(900)));

        await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                assertThat(lights.read(List.of("E1")).get(0).actualLevelPercent())
                        .isEqualTo(LevelCodec.onDevice(NightScenario.PROGRAM, dali.levelScale())));
        assertThat(gateway.lamp("E1").history()).extracting(LevelChange::cause)
                .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.LEASE_EXPIRED);
    }

    @Test
    void a_night_ends_with_the_expected_level_history_per_lamp() throws Exception {
        lights = controller(gateway, dali);
        NightScenario night = new NightScenario(lights, "N1", "N2",
                level -> LevelCodec.onDevice(level, dali.levelScale()));
        night.run();

        NightScenario.assertHistory(gateway.lamp("N1").history(), night.expectedFirst());
        NightScenario.assertHistory(gateway.lamp("N2").history(), night.expectedSecond());
    }

    @Test
    void a_retried_command_is_a_duplicate_and_adds_no_switching_cycle() throws Exception {
        lights = controller(gateway, dali);
        LevelCommand command = command("dup-1", "D1", 30, Duration.ZERO, Instant.now().plusSeconds(120));
        lights.setLevel(command);

        CommandAck retry = lights.setLevel(command);

        assertThat(retry.duplicate()).isTrue();
        assertThat(gateway.lamp("D1").switchingCyclesLastHour()).isEqualTo(1);
    }

    @Test
    void an_illegal_register_is_refused_with_the_modbus_exception_code() {
        lights = controller(gateway, dali);
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.read(List.of("X1")));

        assertThat(e.protocolStatus()).isEqualTo("ILLEGAL_DATA_ADDRESS");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("X1", "register 70", "exception 0x02");
    }

    @Test
    void the_gear_failure_level_shows_when_the_lamp_fails() throws Exception {
        lights = controller(gateway, dali);
        lights.setGearLevels("F1", 80, 100);
        gateway.lamp("F1").fail(true);

        LampState failed = lights.read(List.of("F1")).get(0);

        assertThat(failed.actualLevelPercent()).isEqualTo(LevelCodec.onDevice(80, dali.levelScale()));
        assertThat(failed.status()).isEqualTo("LAMP_FAILURE");
    }

    @Test
    void a_generic_level_and_status_controller_is_driven_by_its_profile() throws Exception {
        ModbusProfile generic = BuiltinModbusProfiles.get("generic-level-status");
        SimulatedLamp lamp = new SimulatedLamp("G1", NightScenario.PROGRAM, 80, Clock.systemUTC());
        try (ModbusGatewaySimulator plain = new ModbusGatewaySimulator(Map.of(10, lamp), generic, "127.0.0.1", 0,
                Clock.systemUTC()).start()) {
            lights = controller(plain, generic);
            lights.setLevel(command("generic-1", "G1", 30, Duration.ofSeconds(1), Instant.now().plusSeconds(60)));

            assertThat(lights.read(List.of("G1"))).containsExactly(new LampState("G1", 30, 30, null, "OK"));
            lights.release(new ReleaseCommand("generic-2", List.of("G1"), "test", "ref"));
            assertThat(lamp.targetLevel()).isEqualTo(100);
        }
    }

    @Test
    void a_stopped_gateway_is_a_retryable_failure_and_the_next_command_after_restart_succeeds() throws Exception {
        lights = controller(gateway, dali);
        lights.read(List.of("R1"));
        gateway.stop();
        try {
            DeviceException e = catchThrowableOfType(DeviceException.class, () -> lights.setLevel(
                    command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60))));
            assertThat(e.retryable()).as(e.getMessage()).isTrue();
        } finally {
            gateway.start();
        }
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(lights.setLevel(
                command("down-1", "R1", 60, Duration.ZERO, Instant.now().plusSeconds(60))).duplicate()).isFalse());
        assertThat(gateway.lamp("R1").targetLevel()).isEqualTo(LevelCodec.onDevice(60, dali.levelScale()));
    }

    private static ModbusLightingController controller(ModbusGatewaySimulator simulator, ModbusProfile profile) {
        Map<String, Lamp> lamps = new LinkedHashMap<>();
        for (int address = 0; address < LAMPS.size(); address++) {
            lamps.put(LAMPS.get(address), new Lamp(null, Integer.toString(address), 90));
        }
        lamps.put("X1", new Lamp(null, "70", 90));
        lamps.put("G1", new Lamp(null, "10", 90));
        StreetLights device = new StreetLights("dali", Protocol.MODBUS, null, simulator.address(), null,
                profile.id(), lamps);
        return new ModbusLightingController(device, profile);
    }

    private static LevelCommand command(String key, String lamp, double level, Duration ramp, Instant lease) {
        return new LevelCommand(key, List.of(lamp), level, ramp, lease, "test", "ref-" + key);
    }
}
