package city.relais.connectors.sim;

import city.relais.config.device.StreetLights;
import city.relais.config.load.BuiltinModbusProfiles;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.LightingControllers;
import city.relais.connectors.modbus.LevelCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LightingSimulatorsTest {

    @TempDir
    Path dir;

    @Test
    void the_factory_reaches_each_simulator_through_its_protocol() throws Exception {
        LightingSimulators.Settings settings = LightingSimulators.Settings.defaults(List.of("L1", "L2"),
                dir.resolve("sim-pki")).withPorts(0, 0, 0);
        try (LightingSimulators simulators = LightingSimulators.start(settings)) {
            List<StreetLights> devices = List.of(simulators.opcuaDevice("opcua"), simulators.modbusDevice("dali"),
                    simulators.talqDevice("talq"));
            for (StreetLights device : devices) {
                try (LightingController lights = LightingControllers.create(device, dir.resolve("hub-pki"),
                        BuiltinModbusProfiles.all())) {
                    lights.setLevel(new LevelCommand("k-" + device.id(), List.of("L2"), 40, Duration.ZERO,
                            Instant.now().plusSeconds(60), "test", "ref"));

                    LampState state = lights.read(List.of("L2")).get(0);
                    assertThat(state.actualLevelPercent()).as(device.id())
                            .isEqualTo(device.id().equals("dali") ? LevelCodec.onDevice(40,
                                    simulators.modbusProfile().levelScale()) : 40);
                }
            }
            assertThat(simulators.talq().orElseThrow().lamp("talq://relais-sim/L1").targetLevel()).isEqualTo(100);
        }
    }

    @Test
    void reads_the_command_line_and_takes_the_opcua_password_from_the_environment() {
        SimulatorArgs args = SimulatorArgs.parse(new String[]{"--opcua", "4841", "--modbus", "off", "--talq", "0",
                "--lamps", "A1,A2", "--opcua-user", "relais"}, Map.of(SimulatorArgs.PASSWORD_VARIABLE, "pw")::get);

        LightingSimulators.Settings settings = args.settings();
        assertThat(List.of(settings.opcuaPort(), settings.modbusPort(), settings.talqPort()))
                .containsExactly(4841, LightingSimulators.Settings.OFF, 0);
        assertThat(settings.lamps()).containsExactly("A1", "A2");
        assertThat(settings.opcuaUsers()).containsEntry("relais", "pw");
        assertThatThrownBy(() -> SimulatorArgs.parse(new String[]{"--opcua-user", "relais"}, name -> null))
                .hasMessageContaining(SimulatorArgs.PASSWORD_VARIABLE);
        assertThatThrownBy(() -> SimulatorArgs.parse(new String[]{"--dali", "1"}, name -> null))
                .hasMessageContaining("unknown option --dali");
    }
}
