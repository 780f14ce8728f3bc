package city.relais.hub.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Indication;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.RequestRecord;
import city.relais.connectors.sim.traffic.SignalChange;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.HttpProbe;
import city.relais.hub.TestCity;
import city.relais.hub.runtime.RelaisHub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events published on the hub's broker, through the emergency-priority automation, out as Modbus priority requests
 * to the controller simulator running in real time (short timings). The conflict monitor must never trip.
 */
class EmergencyPriorityEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final SignalTimings FAST = new SignalTimings(Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofMillis(600), Duration.ofMillis(400));

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private TrafficControllerSimulator simulator;
    private IntersectionController signals;
    private RelaisHub hub;
    private int httpPort;

    @BeforeEach
    void start() throws Exception {
        simulator = new TrafficControllerSimulator(BuiltinTrafficProfiles.get("generic-priority-v1"), FAST,
                Clock.systemUTC(), Intersection.EW_PHASE, "127.0.0.1", 0, Duration.ofMillis(20)).start();
        signals = simulator.controller();
        httpPort = TestCity.freePort();
        Path city = TrafficCity.write(folder, httpPort, folder.resolve("data"), simulator.address());
        hub = new RelaisHub(TestCity.load(city)).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        simulator.close();
    }

    private static CityEvent approaching(String zone, long track, double eta, Instant seen) {
        return CityEvent.builder(EventType.EMERGENCY_APPROACHING, TrafficCity.CAMERA).zone(zone).trackId(track)
                .objectClass("truck").confidence(0.8).time(seen).measurement("eta_s", eta).build();
    }

    private static CityEvent cleared(String zone, long track, String why) {
        return CityEvent.builder(EventType.EMERGENCY_CLEARED, TrafficCity.CAMERA).zone(zone).trackId(track)
                .objectClass("truck").measurement(why, 1).build();
    }

    private Set<Integer> requestIds() {
        return signals.requestHistory().stream().map(RequestRecord::requestId).collect(Collectors.toSet());
    }

    private int onlyRequest() {
        await().atMost(PATIENCE).until(() -> !requestIds().isEmpty());
        assertThat(requestIds()).hasSize(1);
        return requestIds().iterator().next();
    }

    @Test
    void an_ambulance_on_north_gets_an_early_green_after_clearance_then_its_request_is_cancelled_and_cleared()
            throws Exception {
        List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        jakarta.jms.JMSContext jms = hub.connectionFactory().createContext();
        jms.createConsumer(jms.createTopic(BrokerTrafficReports.ADDRESS)).setMessageListener(message -> {
            try {
                reported.add(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(message.getBody(String.class)).path("status").asText());
            } catch (Exception e) {
                reported.add("unreadable: " + e);
            }
        });
        hub.publish(List.of(approaching(TrafficCity.NORTH, 42, 2.0, Instant.now())));
        int id = onlyRequest();
        await().atMost(PATIENCE).until(() -> signals.history(id).contains(RequestStatus.SERVED));
        assertThat(signals.heads()).containsEntry(1, Indication.GREEN).containsEntry(3, Indication.RED);
        List<SignalChange> log = signals.log();
        SignalChange green = log.get(log.size() - 1);
        assertThat(green.phase()).isEqualTo(Intersection.NS_PHASE);
        assertThat(green.reason()).isEqualTo("early green for priority request " + id + " (approach N)");
        assertThat(log.get(log.size() - 2).indication()).isEqualTo(Indication.RED);
        assertThat(log.get(log.size() - 3)).extracting(SignalChange::phase, SignalChange::indication)
                .containsExactly(Intersection.EW_PHASE, Indication.YELLOW);

        await("the hub polls every 200 ms").atMost(PATIENCE).until(() -> reported.contains("served"));
        hub.publish(List.of(cleared(TrafficCity.NORTH, 42, "crossedStopLine")));
        await().atMost(PATIENCE).until(() -> signals.slot(0).isEmpty());
        assertThat(signals.history(id)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING,
                RequestStatus.SERVED, RequestStatus.CANCELLED);
        assertThat(SafetyAudit.violations(signals)).isEmpty();

        await().atMost(PATIENCE).until(() -> reported.contains("cancelled"));
        jms.close();
        // the hub reports the status the controller answers; on a loaded machine the real-time simulator may already
        // be processing the request when its answer is read (the simulator's own history above is exact)
        assertThat(reported.get(0)).isIn("queued", "processing");
        assertThat(reported).contains("served").endsWith("cancelled").doesNotHaveDuplicates();
        String metrics = new HttpProbe(httpPort).get("/metrics").body();
        assertThat(metrics).contains("relais_traffic_reports_total{device=\"tl-1\",status=\"served\"} 1.0")
                .contains("relais_traffic_reports_total{device=\"tl-1\",status=\"cancelled\"} 1.0");
    }

    @Test
    void a_storm_of_500_duplicate_events_in_5_s_makes_one_request() throws Exception {
        Instant seen = Instant.now();
        CityEvent repeated = approaching(TrafficCity.NORTH, 7, 8.0, seen);
        long started = System.nanoTime();
        for (int burst = 0; burst < 5; burst++) {
            List<CityEvent> events = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                events.add(repeated);
                events.add(approaching(TrafficCity.NORTH, 7, 8.0, seen));
            }
            hub.publish(events);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        hub.publish(List.of(cleared(TrafficCity.NORTH, 7, "crossedStopLine")));
        int id = onlyRequest();
        await().atMost(PATIENCE).until(() -> signals.history(id).contains(RequestStatus.CANCELLED));
        assertThat(requestIds()).containsExactly(id);
        assertThat(signals.history(id)).containsOnlyOnce(RequestStatus.QUEUED).endsWith(RequestStatus.CANCELLED);
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void two_simultaneous_emergency_requests_both_reach_the_controller_which_serves_them_safely() throws Exception {
        Instant now = Instant.now();
        hub.publish(List.of(approaching(TrafficCity.NORTH, 1, 0, now), approaching(TrafficCity.EAST, 2, 0, now)));
        await().atMost(PATIENCE).until(() -> requestIds().size() == 2);
        Set<Integer> approaches = signals.requestHistory().stream().map(RequestRecord::requestId).distinct()
                .map(id -> slotApproach(id)).collect(Collectors.toSet());
        assertThat(approaches).containsExactlyInAnyOrder(1, 3);
        await().atMost(PATIENCE).until(() -> requestIds().stream()
                .allMatch(id -> signals.history(id).contains(RequestStatus.SERVED)));
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    private int slotApproach(int requestId) {
        for (int slot = 0; slot < 8; slot++) {
            var held = signals.slot(slot);
            if (held.isPresent() && held.get().requestId() == requestId) {
                return held.get().approach();
            }
        }
        return -1;
    }

    @Test
    void a_lost_vehicle_has_its_request_cancelled_within_2_s() throws Exception {
        hub.publish(List.of(approaching(TrafficCity.NORTH, 9, 20.0, Instant.now())));
        int id = onlyRequest();
        long lost = System.nanoTime();
        hub.publish(List.of(cleared(TrafficCity.NORTH, 9, "trackLost")));
        await().atMost(Duration.ofSeconds(2)).until(() -> signals.history(id).contains(RequestStatus.CANCELLED));
        assertThat(Duration.ofNanos(System.nanoTime() - lost)).isLessThan(Duration.ofSeconds(2));
        await().atMost(PATIENCE).until(() -> signals.slot(0).isEmpty());
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void a_controller_restart_mid_request_is_followed_and_the_lost_request_is_never_sent_again() throws Exception {
        hub.publish(List.of(approaching(TrafficCity.NORTH, 5, 20.0, Instant.now())));
        int id = onlyRequest();
        await().atMost(PATIENCE).until(() -> signals.history(id).contains(RequestStatus.PROCESSING));
        simulator.restart();
        hub.publish(List.of(approaching(TrafficCity.NORTH, 5, 25.0, Instant.now())));
        await().atMost(PATIENCE).until(() -> requestIds().size() == 2);
        assertThat(signals.history(id)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING);
        assertThat(SafetyAudit.violations(signals)).isEmpty();
    }

    @Test
    void a_controller_that_is_down_raises_an_alarm_and_nothing_is_replayed_when_it_returns() throws Exception {
        simulator.stop();
        HttpProbe http = new HttpProbe(httpPort);
        long[] vehicle = {0};
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            vehicle[0]++;
            hub.publish(List.of(approaching(TrafficCity.NORTH, vehicle[0], 10, Instant.now()),
                    cleared(TrafficCity.NORTH, vehicle[0], "crossedStopLine")));
            return http.get("/health").body().contains("\"tl-1\" : \"DOWN\"");
        });
        assertThat(http.get("/health").statusCode()).as("a device down degrades, the hub stays up").isEqualTo(200);
        simulator.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            hub.publish(List.of(approaching(TrafficCity.EAST, 99, 0, Instant.now())));
            return !requestIds().isEmpty();
        });
        int id = onlyRequest();
        assertThat(slotApproach(id)).as("only the east request made after the return").isEqualTo(3);
        await().atMost(PATIENCE).until(() -> http.get("/health").body().contains("\"tl-1\" : \"UP\""));
    }
}
