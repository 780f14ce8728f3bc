package city.relais.hub.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import city.relais.config.CityConfig;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Indication;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.ManualClock;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.CallKind;
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
 * The detector-call automation with window 22:00..06:00 against the controller simulator over Modbus, both on one
 * manual clock: a car waiting at 03:00 gets its call and its green, and the call is cleared when it leaves; at
 * 14:00 nothing is sent; a call still placed when the window closes is cleared.
 */
class NightOnDemandTest {

    private static final Instant NIGHT = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock(NIGHT);
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
        traffic = new TrafficAutomations(city, device -> TrafficControllers.create(device, clock), new MemoryAlarms(),
                reports::add, new HubMetrics(), clock);
    }

    @AfterEach
    void stop() {
        traffic.close();
        simulator.close();
    }

    private static CityEvent demand(EventType type, long track, String objectClass, Instant seen) {
        return CityEvent.builder(type, TrafficCity.CAMERA).zone(TrafficCity.WAITING).trackId(track)
                .objectClass(objectClass).time(seen).build();
    }

    private void run(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 100) {
            clock.advance(Duration.ofMillis(100));
            signals.tick();
        }
    }

    private List<String> statuses() {
        return reports.stream().map(RequestReport::status).toList();
    }

    @Test
    void a_car_waiting_at_3_am_places_a_call_gets_its_green_and_the_call_is_cleared_when_it_leaves()
            throws Exception {
        traffic.onEvent("night-calls", demand(EventType.DEMAND_WAITING, 40, "car", clock.instant()));
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.hasCall(1, CallKind.VEHICLE));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("call-placed");
            assertThat(r.approach()).isEqualTo("N");
            assertThat(r.time()).isEqualTo(NIGHT);
        });
        run(Duration.ofSeconds(11));
        assertThat(signals.heads()).containsEntry(1, Indication.GREEN);

        traffic.onEvent("night-calls", demand(EventType.DEMAND_CLEARED, 40, "car", clock.instant()));
        traffic.flush();
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isFalse();
        assertThat(statuses()).containsExactly("call-placed", "call-cleared");
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void a_pedestrian_places_a_pedestrian_call_and_two_road_users_share_one_call_until_the_last_leaves()
            throws Exception {
        traffic.onEvent("night-calls", demand(EventType.DEMAND_WAITING, 1, "person", clock.instant()));
        traffic.onEvent("night-calls", demand(EventType.DEMAND_WAITING, 2, "person", clock.instant()));
        traffic.flush();
        assertThat(signals.hasCall(1, CallKind.PEDESTRIAN)).isTrue();
        traffic.onEvent("night-calls", demand(EventType.DEMAND_CLEARED, 1, "person", clock.instant()));
        traffic.flush();
        assertThat(signals.hasCall(1, CallKind.PEDESTRIAN)).isTrue();
        traffic.onEvent("night-calls", demand(EventType.DEMAND_CLEARED, 2, "person", clock.instant()));
        traffic.flush();
        assertThat(signals.hasCall(1, CallKind.PEDESTRIAN)).isFalse();
        assertThat(statuses()).containsExactly("call-placed", "call-cleared");
    }

    @Test
    void nothing_is_sent_outside_the_window() throws Exception {
        clock.set(Instant.parse("2026-11-28T14:00:00Z"));
        traffic.onEvent("night-calls", demand(EventType.DEMAND_WAITING, 40, "car", clock.instant()));
        traffic.onEvent("night-calls", demand(EventType.DEMAND_CLEARED, 40, "car", clock.instant()));
        traffic.flush();
        assertThat(reports).isEmpty();
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isFalse();
        run(Duration.ofSeconds(30));
        assertThat(signals.log()).hasSize(1);
    }

    @Test
    void a_call_still_placed_when_the_window_closes_is_cleared() throws Exception {
        clock.set(Instant.parse("2026-11-28T05:59:50Z"));
        traffic.onEvent("night-calls", demand(EventType.DEMAND_WAITING, 40, "car", clock.instant()));
        traffic.flush();
        assertThat(signals.hasCall(1, CallKind.VEHICLE)).isTrue();
        clock.set(Instant.parse("2026-11-28T06:00:01Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !signals.hasCall(1, CallKind.VEHICLE));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().contains("call-cleared"));
        assertThat(reports.get(1).reason()).contains("window 22:00..06:00 closed");
    }
}
