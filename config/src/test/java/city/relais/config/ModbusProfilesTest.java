package city.relais.config;

import city.relais.config.device.LevelScale;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.ModbusRegisters;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static city.relais.config.Cities.VALID;
import static city.relais.config.Cities.printed;
import static org.assertj.core.api.Assertions.assertThat;

class ModbusProfilesTest {

    private static final String DALI_DEVICE = """
              - id: dali
                kind: street-lights
                protocol: modbus
                address: 10.0.0.9:502
                profile: dali-gateway
                lamps: {G1: {address: 64, watts: 90}}
            """;

    private static final String CITY_PROFILE = """
            modbus-profiles:
              city-gw:
                unit-id: 3
                timeout: 500ms
                retries: 1
                level-scale: dali-linear
                registers: {level: 10, actual-level: 11, status: 12, lease: 13}
                lease-unit: 10s
            """;

    @Test
    void ships_the_dali_gateway_and_generic_profiles() throws CityConfigException {
        CityConfig city = Cities.load(VALID.replace("automations:", DALI_DEVICE + "automations:"));

        assertThat(city.modbusProfiles()).containsOnlyKeys("dali-gateway", "generic-level-status");
        ModbusProfile dali = city.modbusProfile("dali-gateway").orElseThrow();
        assertThat(dali.levelScale()).isEqualTo(LevelScale.DALI_LOG);
        assertThat(dali.registers()).isEqualTo(new ModbusRegisters(0, 100, 400, 200, 300, 500, 600));
        assertThat(dali.builtIn()).isTrue();
        assertThat(city.modbusProfile("generic-level-status").orElseThrow().registers())
                .isEqualTo(new ModbusRegisters(0, null, 1, null, null, null, null));
    }

    @Test
    void binds_a_profile_the_city_defines() throws CityConfigException {
        String yaml = CITY_PROFILE + VALID.replace("automations:",
                DALI_DEVICE.replace("profile: dali-gateway", "profile: city-gw") + "automations:");

        ModbusProfile profile = Cities.load(yaml).modbusProfile("city-gw").orElseThrow();

        assertThat(profile).isEqualTo(new ModbusProfile("city-gw", 3, Duration.ofMillis(500), 1,
                LevelScale.DALI_LINEAR, new ModbusRegisters(10, 11, 12, null, null, null, 13),
                ModbusProfile.DEFAULT_RAMP_UNIT, Duration.ofSeconds(10), 100, false));
    }

    @Test
    void refuses_an_unknown_profile_and_a_missing_one_on_modbus_lights() {
        String unknown = VALID.replace("automations:",
                DALI_DEVICE.replace("profile: dali-gateway", "profile: dali-gw") + "automations:");
        String missing = VALID.replace("automations:",
                DALI_DEVICE.replace("    profile: dali-gateway\n", "") + "automations:");

        assertThat(printed(unknown)).containsExactly("city.yaml:19: devices[1].profile: no modbus profile 'dali-gw' "
                + "(profiles: dali-gateway, generic-level-status)");
        assertThat(printed(missing)).containsExactly("city.yaml:15: devices[1].profile: required key is missing");
    }

    @Test
    void reports_bad_profiles_with_key_paths_and_lines() {
        String yaml = """
                modbus-profiles:
                  dali-gateway: {registers: {level: 0}}
                  Bad_Name: {registers: {level: 0}}
                  gw:
                    unit-id: 300
                    level-scale: log
                    registers: {status: 2, ramp: 2}
                    colour: red
                """ + VALID;

        assertThat(printed(yaml)).containsExactly(
                "city.yaml:2: modbus-profiles.dali-gateway: 'dali-gateway' is a built-in profile: give yours another "
                        + "name (built-in: dali-gateway, generic-level-status)",
                "city.yaml:3: modbus-profiles.Bad_Name: 'Bad_Name' is not a valid name: use lower-case letters, "
                        + "digits and '-', starting with a letter or digit (e.g. sidewalk-east)",
                "city.yaml:5: modbus-profiles.gw.unit-id: 300 is above 255",
                "city.yaml:6: modbus-profiles.gw.level-scale: 'log' is not one of: percent, dali-log, dali-linear",
                "city.yaml:7: modbus-profiles.gw.registers.level: required key is missing",
                "city.yaml:7: modbus-profiles.gw.registers.ramp: offset 2 is already status's",
                "city.yaml:8: modbus-profiles.gw.colour: unknown key (expected one of: unit-id, timeout, retries, "
                        + "level-scale, registers, ramp-unit, lease-unit, release-level)");
    }

    @Test
    void refuses_a_lamp_whose_registers_pass_the_last_one() {
        String yaml = VALID.replace("automations:",
                DALI_DEVICE.replace("address: 64,", "address: 65000,") + "automations:");

        assertThat(printed(yaml)).containsExactly("city.yaml:20: devices[1].lamps.G1.address: register 65000 + "
                + "offset 600 of profile dali-gateway is beyond register 65535");
    }

    @Test
    void loads_the_reference_example() throws CityConfigException {
        String yaml = """
                modbus-profiles:
                  foch-dali:                   # a DALI gateway whose blocks are 16 registers apart
                    unit-id: 3
                    timeout: 1s
                    retries: 2
                    level-scale: dali-log
                    registers: {level: 0, actual-level: 16, failure-level: 32, power-on-level: 48, status: 64, ramp: 80, lease: 96}
                    ramp-unit: 100ms
                    lease-unit: 1s
                  depot-controller:            # a level register and a status register next to it, no lease on the controller
                    level-scale: percent
                    registers: {level: 0, status: 1}
                    release-level: 100
                devices:
                  - id: lights-foch
                    kind: street-lights
                    protocol: modbus
                    address: dali-gw-foch.city.example:502
                    profile: foch-dali
                    lamps:
                      L401: {address: 0, watts: 90}       # DALI short address 0
                      G-FOCH: {address: 64, watts: 540}   # DALI group 0
                """;

        CityConfig city = Cities.load(yaml);

        assertThat(city.modbusProfiles()).containsOnlyKeys("dali-gateway", "generic-level-status", "foch-dali",
                "depot-controller");
        assertThat(city.modbusProfile("foch-dali").orElseThrow().registers().maxOffset()).isEqualTo(96);
    }
}
