package city.relais.connectors.sim.traffic;

import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.ReportFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The traffic simulator's {@code --report}: each request with every status it took, the log and the monitor. */
class ControllerReportTest {

    private static final Instant T0 = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(T0);
    private final TrafficControllerSimulator simulator = new TrafficControllerSimulator(
            BuiltinTrafficProfiles.get("generic-priority-v1"), SignalTimings.defaults(), clock,
            Intersection.EW_PHASE, "127.0.0.1", 0, null);

    private void run(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 100) {
            clock.advance(Duration.ofMillis(100));
            simulator.controller().tick();
        }
    }

    @Test
    void a_served_then_cancelled_request_and_an_expired_one_are_reported_with_their_approach_and_times()
            throws Exception {
        IntersectionController controller = simulator.controller();
        controller.request(0, 41, 1, 1, 1, Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ZERO);
        run(Duration.ofSeconds(12));
        controller.cancel(0);
        controller.request(1, 42, 3, 1, 1, Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(3),
                Duration.ZERO);
        run(Duration.ofSeconds(4));

        Path file = dir.resolve("traffic.json");
        try (ReportFile report = ReportFile.start(file, Duration.ofMinutes(1), simulator::report)) {
            JsonNode json = new ObjectMapper().readTree(file.toFile());

            assertThat(json.get("mode").asText()).isEqualTo("normal");
            assertThat(json.get("conflictFault").isNull()).isTrue();
            assertThat(json.get("safetyViolations")).isEmpty();
            JsonNode first = json.get("requests").get(0);
            assertThat(first.get("requestId").asInt()).isEqualTo(41);
            assertThat(first.get("approachName").asText()).isEqualTo("N");
            assertThat(first.get("statuses").findValuesAsText("status"))
                    .containsExactly("queued", "processing", "served", "cancelled");
            assertThat(first.get("statuses").get(2).get("time").asText()).isEqualTo("2026-11-28T03:00:10Z");
            JsonNode second = json.get("requests").get(1);
            assertThat(second.get("approach").asInt()).isEqualTo(3);
            assertThat(second.get("statuses").findValuesAsText("status")).endsWith("expired");
            assertThat(json.get("signalLog").get(3).get("reason").asText())
                    .isEqualTo("early green for priority request 41 (approach N)");
            assertThat(report.writeIfChanged()).isFalse();
        }
    }
}
