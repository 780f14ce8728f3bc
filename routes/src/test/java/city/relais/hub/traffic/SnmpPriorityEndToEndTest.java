package city.relais.hub.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.RequestRecord;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.SnmpControllerAgent;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.PriorityObjects;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.TestCity;
import city.relais.hub.runtime.RelaisHub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** The emergency-priority automation on a controller reached over SNMPv3 (authPriv), pass phrases from files. */
class SnmpPriorityEndToEndTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void an_ambulance_on_north_is_served_over_snmpv3_then_cancelled() throws Exception {
        SignalTimings fast = new SignalTimings(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMillis(600),
                Duration.ofMillis(400));
        Files.writeString(folder.resolve("auth"), "auth-pass-phrase");
        Files.writeString(folder.resolve("priv"), "priv-pass-phrase");
        try (TrafficControllerSimulator simulator = new TrafficControllerSimulator(
                BuiltinTrafficProfiles.get("generic-priority-v1"), fast, Clock.systemUTC(), Intersection.EW_PHASE,
                "127.0.0.1", 0, Duration.ofMillis(20)).start();
             SnmpControllerAgent agent = new SnmpControllerAgent(simulator.controller(), "relais-hub",
                     "auth-pass-phrase", "priv-pass-phrase", "127.0.0.1", 0).start()) {
            String yaml = TrafficCity.yaml(TestCity.freePort(), folder.resolve("data"), agent.address())
                    .replace("protocol: modbus", "protocol: snmp")
                    .replace("profile: generic-priority-v1", "profile: " + PriorityObjects.PROFILE + "\n"
                            + "    snmp: {user: relais-hub, auth-password: \"${file:" + folder.resolve("auth")
                            + "}\", priv-password: \"${file:" + folder.resolve("priv") + "}\"}");
            Path city = folder.resolve("city.yaml");
            Files.writeString(city, yaml);
            try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
                var signals = simulator.controller();
                hub.publish(List.of(CityEvent.builder(EventType.EMERGENCY_APPROACHING, TrafficCity.CAMERA)
                        .zone(TrafficCity.NORTH).trackId(42).objectClass("truck").time(Instant.now())
                        .measurement("eta_s", 2).build()));
                await().atMost(Duration.ofSeconds(30)).until(() -> !signals.requestHistory().isEmpty());
                int id = signals.requestHistory().get(0).requestId();
                await().atMost(Duration.ofSeconds(20)).until(() -> signals.history(id).contains(RequestStatus.SERVED));
                hub.publish(List.of(CityEvent.builder(EventType.EMERGENCY_CLEARED, TrafficCity.CAMERA)
                        .zone(TrafficCity.NORTH).trackId(42).objectClass("truck").measurement("crossedStopLine", 1)
                        .build()));
                await().atMost(Duration.ofSeconds(20)).until(() -> signals.slot(0).isEmpty());
                assertThat(signals.history(id)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING,
                        RequestStatus.SERVED, RequestStatus.CANCELLED);
                assertThat(signals.requestHistory()).extracting(RequestRecord::requestId).containsOnly(id);
                assertThat(SafetyAudit.violations(signals)).isEmpty();
            }
        }
    }
}
