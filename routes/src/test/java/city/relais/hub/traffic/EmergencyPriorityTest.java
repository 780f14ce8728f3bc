package city.relais.hub.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import city.relais.config.CityConfig;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.ManualClock;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.connectors.traffic.TrafficControllers;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.TestCity;
import city.relais.hub.metrics.HubMetrics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emergency-priority automation against the controller simulator over Modbus, both on one manual clock: what
 * goes out for each event, exactly.
 */
class EmergencyPriorityTest {

    private static final Instant T0 = Instant.parse("2026-11-28T22:00:00Z");

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock(T0);
    private final List<RequestReport> reports = new CopyOnWriteArrayList<>();
    private TrafficControllerSimulator simulator;
    private IntersectionController signals;
    private TrafficAutomations traffic;

    @BeforeEach
    void start() throws Exception {
        simulator = new TrafficControllerSimulator(BuiltinTrafficProfiles.get("generic-priority-v1"),
                SignalTimings.defaults(), clock, Intersection.EW_PHASE, "127.0.0.1", 0, null).start();
        signals = simulator.controller();
        CityConfig city = TestCity.load(TrafficCity.write(folder, TestCity.freePort(), folder.resolve("data"),
                simulator.address()));
        traffic = new TrafficAutomations(city, device -> TrafficControllers.create(device, clock),
                new MemoryAlarms(), reports::add, new HubMetrics(), clock);
    }

    @AfterEach
    void stop() {
        traffic.close();
        simulator.close();
    }

    private void send(CityEvent event) throws InterruptedException {
        traffic.onEvent("ambulances", event);
        traffic.flush();
    }

    private CityEvent approaching(double eta) {
        return CityEvent.builder(EventType.EMERGENCY_APPROACHING, TrafficCity.CAMERA).zone(TrafficCity.NORTH)
                .trackId(42).objectClass("truck").time(clock.instant()).measurement("eta_s", eta).build();
    }

    @Test
    void the_request_carries_the_eta_as_desired_service_time_and_the_lifetime_of_the_params() throws Exception {
        send(approaching(7.5));
        var held = signals.slot(0).orElseThrow();
        assertThat(held.approach()).isEqualTo(1);
        assertThat(held.vehicleClass()).isEqualTo(1);
        assertThat(held.level()).isEqualTo(1);
        assertThat(held.serviceAt()).isEqualTo(T0.plusMillis(7500));
        assertThat(held.departureAt()).isEqualTo(T0.plusMillis(12500));
        assertThat(held.expiresAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(reports).extracting(RequestReport::status).containsExactly("queued");
    }

    @Test
    void the_same_vehicle_seen_again_on_time_sends_nothing_a_changed_eta_sends_an_update() throws Exception {
        send(approaching(8));
        clock.advance(Duration.ofSeconds(2));
        send(approaching(6.3));
        assertThat(signals.slot(0).orElseThrow().expiresAt()).as("no update: same desired time")
                .isEqualTo(T0.plusSeconds(30));
        send(approaching(3));
        var held = signals.slot(0).orElseThrow();
        assertThat(held.serviceAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(held.expiresAt()).isEqualTo(T0.plusSeconds(32));
        assertThat(signals.requestHistory()).hasSize(1);
    }

    @Test
    void a_vehicle_still_approaching_renews_its_request_half_way_through_its_lifetime() throws Exception {
        send(approaching(30));
        clock.advance(Duration.ofSeconds(15));
        send(approaching(15));
        assertThat(signals.slot(0).orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(45));
    }

    @Test
    void the_camera_going_down_cancels_the_request_and_clears_it() throws Exception {
        send(approaching(8));
        int id = signals.slot(0).orElseThrow().requestId();
        send(CityEvent.builder(EventType.CAMERA_DOWN, TrafficCity.CAMERA).build());
        assertThat(signals.slot(0)).isEmpty();
        assertThat(signals.history(id)).containsExactly(RequestStatus.QUEUED, RequestStatus.CANCELLED);
        assertThat(reports).extracting(RequestReport::status).containsExactly("queued", "cancelled");
        assertThat(reports.get(1).reason()).isEqualTo("camera crossing down: every track lost");
    }

    @Test
    void a_controller_in_flash_rejects_the_request_and_the_same_vehicle_is_not_asked_again() throws Exception {
        signals.monitor().check(java.util.Map.of(1, city.relais.connectors.sim.traffic.Indication.GREEN,
                3, city.relais.connectors.sim.traffic.Indication.GREEN));
        signals.tick();
        for (int i = 0; i < 20; i++) {
            send(approaching(8 - i * 0.2));
        }
        assertThat(signals.requestHistory()).extracting(r -> r.status())
                .containsExactly(RequestStatus.QUEUED, RequestStatus.REJECTED);
        assertThat(signals.slot(0)).as("cleared").isEmpty();
        assertThat(reports).extracting(RequestReport::status).containsExactly("rejected");
    }
}
