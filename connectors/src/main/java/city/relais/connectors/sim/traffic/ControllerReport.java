package city.relais.connectors.sim.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulated traffic controller's report file holds: every priority request it received with each status it
 * went through, its signal log, its conflict monitor and what {@link SafetyAudit} finds in the log.
 *
 * @param mode              {@code normal} or {@code flash}
 * @param conflictFault     the conflict monitor's latched fault; null when it never tripped
 * @param safetyViolations  the {@link SafetyAudit} of the log; empty when the controller behaved
 * @param requests          in the order the controller first received them
 */
public record ControllerReport(String mode, String conflictFault, List<String> safetyViolations,
                               List<Request> requests, List<SignalChange> signalLog) {

    public ControllerReport {
        safetyViolations = List.copyOf(safetyViolations);
        requests = List.copyOf(requests);
        signalLog = List.copyOf(signalLog);
    }

    /** One priority request: its id, its approach (number and name) and its statuses in order. */
    public record Request(int requestId, int approach, String approachName, List<Step> statuses) {

        public Request {
            statuses = List.copyOf(statuses);
        }
    }

    /** A status of a request ({@code queued}, {@code served}, {@code cancelled}...) and when it took it. */
    public record Step(String status, Instant time) {
    }

    /** The report of {@code controller} now; {@code approachOf} gives each request id's approach number. */
    static ControllerReport of(IntersectionController controller, Map<Integer, Integer> approachOf) {
        Map<Integer, List<Step>> steps = new LinkedHashMap<>();
        for (RequestRecord record : controller.requestHistory()) {
            steps.computeIfAbsent(record.requestId(), id -> new ArrayList<>())
                    .add(new Step(record.status().wireName(), record.time()));
        }
        List<Request> requests = new ArrayList<>();
        steps.forEach((id, statuses) -> {
            int approach = approachOf.getOrDefault(id, 0);
            String name = controller.intersection().has(approach) ? controller.intersection().name(approach) : "?";
            requests.add(new Request(id, approach, name, statuses));
        });
        return new ControllerReport(controller.mode().name().toLowerCase(),
                controller.monitor().fault().orElse(null), SafetyAudit.violations(controller), requests,
                controller.log());
    }
}
