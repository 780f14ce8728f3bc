package city.relais.config;

import city.relais.config.TimeWindow;
import city.relais.config.automation.DetectorCallParams;
import city.relais.config.device.TrafficModbusProfile;
import city.relais.config.load.BuiltinTrafficProfiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;

import static city.relais.config.Cities.VALID;
import static city.relais.config.Cities.printed;
import static org.assertj.core.api.Assertions.assertThat;

class TrafficProfilesTest {

    private static final String CONTROLLER = """
              - id: tl
                kind: traffic-controller
                protocol: modbus
                address: 10.0.0.20:502
                profile: generic-priority-v1
                approaches: {N: 1, S: 2}
            """;

    private static final String CAMERA = """
              - id: crossing
                source: demo:crossing
                zones:
                  waiting: [[0.1, 0.5], [0.9, 0.5], [0.9, 1.0], [0.1, 1.0]]
                skills:
                  - on-demand: {zone: waiting, signal: tl, approach: N}
            devices:
            """;

    private static final String CALLS = """
              - id: calls
                when: {camera: crossing, zone: waiting, events: [demand.waiting, demand.cleared]}
                policy: detector-call
                device: tl
                params: {window: "22:00..06:00"}
            """;

    private static String city(String controller, String calls) {
        return VALID.replace("devices:\n", CAMERA).replace("automations:\n", controller + "automations:\n") + calls;
    }

    @Test
    void ships_the_generic_priority_profile_with_its_request_slots_calls_and_status() {
        TrafficModbusProfile profile = BuiltinTrafficProfiles.get("generic-priority-v1");
        assertThat(profile.unitId()).isEqualTo(1);
        assertThat(profile.timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(profile.timeUnit()).isEqualTo(Duration.ofMillis(100));
        assertThat(profile.slots().register(0, profile.slots().command())).isEqualTo(108);
        assertThat(profile.slots().register(2, profile.slots().status())).isEqualTo(129);
        assertThat(profile.vehicleCalls()).isEqualTo(400);
        assertThat(profile.pedestrianCalls()).isEqualTo(420);
        assertThat(profile.controllerStatus()).isEqualTo(500);
    }

    @Test
    void a_detector_call_automation_reads_its_window() throws CityConfigException {
        CityConfig city = Cities.load(city(CONTROLLER, CALLS));
        DetectorCallParams params = (DetectorCallParams) city.automation("calls").orElseThrow().params();
        assertThat(params.window()).isEqualTo(new TimeWindow(TimeWindow.Bound.clock(LocalTime.of(22, 0)),
                TimeWindow.Bound.clock(LocalTime.of(6, 0))));
    }

    @Test
    void a_detector_call_automation_without_window_calls_at_any_hour() throws CityConfigException {
        CityConfig city = Cities.load(city(CONTROLLER, CALLS.replace("    params: {window: \"22:00..06:00\"}\n", "")));
        assertThat(((DetectorCallParams) city.automation("calls").orElseThrow().params()).window())
                .isEqualTo(TimeWindow.ALWAYS);
    }

    @Test
    void refuses_an_unknown_traffic_profile_and_a_window_on_the_sun_without_a_site() {
        String yaml = city(CONTROLLER.replace("generic-priority-v1", "vendor-x"),
                CALLS.replace("22:00..06:00", "sunset..sunrise"));
        assertThat(printed(yaml)).anySatisfy(line -> assertThat(line)
                .contains("devices[1].profile: no traffic-controller profile 'vendor-x' (profiles: generic-priority-v1)"))
                .anySatisfy(line -> assertThat(line).contains("automations[1].params.window: sunset and sunrise "
                        + "need the site's position"));
    }
}
