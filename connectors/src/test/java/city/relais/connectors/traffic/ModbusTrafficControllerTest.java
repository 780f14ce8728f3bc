package city.relais.connectors.traffic;

import city.relais.config.automation.VehicleClass;
import city.relais.config.device.Protocol;
import city.relais.config.device.TrafficController;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.sim.traffic.Indication;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.ManualClock;
import city.relais.connectors.sim.traffic.SignalChange;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Modbus client against the simulator's real Modbus TCP server, both on one manual clock. */
class ModbusTrafficControllerTest {

    private static final Instant T0 = Instant.parse("2026-11-28T22:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private TrafficControllerSimulator simulator;
    private IntersectionController signals;
    private ModbusTrafficController client;

    @BeforeEach
    void start() throws Exception {
        simulator = new TrafficControllerSimulator(BuiltinTrafficProfiles.get("generic-priority-v1"),
                SignalTimings.defaults(), clock, Intersection.EW_PHASE, "127.0.0.1", 0, null).start();
        signals = simulator.controller();
        TrafficController device = new TrafficController("tl-test", Protocol.MODBUS, simulator.address(),
                "generic-priority-v1", Map.of("N", 1, "S", 2, "E", 3, "W", 4), null);
        client = new ModbusTrafficController(device, simulator.profile(), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private void run(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 100) {
            clock.advance(Duration.ofMillis(100));
            signals.tick();
        }
    }

    private PriorityRequest ambulance(int id, String approach, Duration eta) {
        return new PriorityRequest(id, approach, VehicleClass.EMERGENCY, 1, clock.instant().plus(eta),
                clock.instant().plus(eta).plusSeconds(5), Duration.ofSeconds(30), Duration.ZERO);
    }

    @Test
    void an_ambulance_on_north_is_served_then_cancelled_and_cleared_with_the_exact_status_history() throws Exception {
        List<RequestStatus> seen = new ArrayList<>();
        seen.add(client.request(ambulance(7, "N", Duration.ofSeconds(6))).status());
        run(Duration.ofSeconds(1));
        seen.add(client.status(7));
        client.update(ambulance(7, "N", Duration.ofSeconds(4)));
        run(Duration.ofSeconds(9));
        seen.add(client.status(7));
        seen.add(client.cancel(7).status());
        client.clear(7);
        seen.add(client.status(7));

        assertThat(seen).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING, RequestStatus.SERVED,
                RequestStatus.CANCELLED, RequestStatus.NONE);
        assertThat(signals.history(7)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING,
                RequestStatus.SERVED, RequestStatus.CANCELLED);
        assertThat(signals.slot(0)).isEmpty();
        List<SignalChange> log = signals.log();
        assertThat(log).extracting(SignalChange::time, SignalChange::phase, SignalChange::indication).containsExactly(
                org.assertj.core.groups.Tuple.tuple(T0, 4, Indication.GREEN),
                org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(5), 4, Indication.YELLOW),
                org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(8), 0, Indication.RED),
                org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(10), 2, Indication.GREEN));
        assertThat(log.get(3).reason()).isEqualTo("early green for priority request 7 (approach N)");
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void the_request_travels_whole_class_level_times_and_approach_number() throws Exception {
        client.request(new PriorityRequest(9, "W", VehicleClass.TRANSIT, 5, clock.instant().plusSeconds(12),
                clock.instant().plusSeconds(20), Duration.ofSeconds(15), Duration.ofSeconds(60)));
        var held = signals.slot(0).orElseThrow();
        assertThat(held.requestId()).isEqualTo(9);
        assertThat(held.approach()).isEqualTo(4);
        assertThat(held.vehicleClass()).isEqualTo(2);
        assertThat(held.level()).isEqualTo(5);
        assertThat(held.serviceAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(held.departureAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(held.expiresAt()).isEqualTo(T0.plusSeconds(15));
        assertThat(held.reservice()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void two_requests_take_two_slots_and_a_cleared_slot_is_reused() throws Exception {
        client.request(ambulance(1, "N", Duration.ZERO));
        client.request(ambulance(2, "E", Duration.ZERO));
        assertThat(signals.slot(0).orElseThrow().requestId()).isEqualTo(1);
        assertThat(signals.slot(1).orElseThrow().requestId()).isEqualTo(2);
        client.cancel(1);
        client.clear(1);
        client.request(ambulance(3, "S", Duration.ZERO));
        assertThat(signals.slot(0).orElseThrow().requestId()).isEqualTo(3);
    }

    @Test
    void a_slot_still_held_by_another_client_is_refused_by_the_controller_and_the_next_one_taken() throws Exception {
        TrafficController device = new TrafficController("tl-test", Protocol.MODBUS, simulator.address(),
                "generic-priority-v1", Map.of("N", 1, "S", 2, "E", 3, "W", 4), null);
        try (ModbusTrafficController before = new ModbusTrafficController(device, simulator.profile(), clock)) {
            before.request(ambulance(100, "E", Duration.ZERO));
        }
        client.request(ambulance(1, "N", Duration.ZERO));
        assertThat(signals.slot(0).orElseThrow().requestId()).isEqualTo(100);
        assertThat(signals.slot(1).orElseThrow().requestId()).isEqualTo(1);
        assertThat(client.status(1)).isEqualTo(RequestStatus.QUEUED);
    }

    @Test
    void a_controller_restart_mid_request_loses_it_and_the_client_reports_none_without_sending_it_again()
            throws Exception {
        client.request(ambulance(5, "N", Duration.ofSeconds(8)));
        run(Duration.ofSeconds(2));
        simulator.restart();
        assertThat(client.status(5)).isEqualTo(RequestStatus.NONE);
        run(Duration.ofSeconds(20));
        assertThat(signals.slot(0)).isEmpty();
        assertThat(signals.history(5)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING);
        client.clear(5);
        assertThat(client.request(ambulance(6, "N", Duration.ZERO)).status()).isEqualTo(RequestStatus.QUEUED);
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void detector_calls_are_placed_and_cleared_per_approach_and_kind() throws Exception {
        client.placeCall(new DetectorCall("N", CallKind.VEHICLE));
        client.placeCall(new DetectorCall("S", CallKind.PEDESTRIAN));
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isTrue();
        assertThat(signals.hasCall(2, CallKind.PEDESTRIAN)).isTrue();
        assertThat(signals.hasCall(2, CallKind.VEHICLE)).isFalse();
        run(Duration.ofSeconds(11));
        assertThat(signals.heads()).containsEntry(1, Indication.GREEN);
        client.clearCall(new DetectorCall("N", CallKind.VEHICLE));
        client.clearCall(new DetectorCall("S", CallKind.PEDESTRIAN));
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isFalse();
        assertThat(signals.hasCall(2, CallKind.PEDESTRIAN)).isFalse();
        assertThat(client.mode()).isEqualTo(ControllerMode.NORMAL);
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void an_unknown_request_update_is_refused_by_the_controller_with_illegal_data_value() throws Exception {
        client.request(ambulance(1, "N", Duration.ZERO));
        simulator.restart();
        DeviceException refused = catchThrowableOfType(DeviceException.class,
                () -> client.update(ambulance(1, "N", Duration.ZERO)));
        assertThat(refused.protocolStatus()).isEqualTo("ILLEGAL_DATA_VALUE");
        assertThat(refused.retryable()).isFalse();
    }

    @Test
    void a_controller_that_is_down_fails_fast_with_a_retryable_error() {
        simulator.stop();
        DeviceException down = catchThrowableOfType(DeviceException.class,
                () -> client.request(ambulance(1, "N", Duration.ZERO)));
        assertThat(down.retryable()).isTrue();
        assertThat(down.protocolStatus()).isIn("CONNECTION_FAILED", "TIMEOUT");
    }
}
