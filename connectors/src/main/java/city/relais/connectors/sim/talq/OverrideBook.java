package city.relais.connectors.sim.talq;

import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.talq.TalqMessages;
import city.relais.connectors.talq.TalqMessages.LampReport;
import city.relais.connectors.talq.TalqMessages.OverrideCommand;
import city.relais.connectors.talq.TalqMessages.OverrideResult;
import city.relais.connectors.talq.TalqMessages.TargetCommand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's override logic: validates an override, applies it to the lamps (a target level until its
 * expiration, or back to program without target), and answers a repeated {@code talqRequestId} with the first answer
 * (or a conflict when the same id comes with another command).
 */
final class OverrideBook {

    /** An HTTP answer: status and JSON body. */
    record Reply(int status, Object body) {
    }

    private record Applied(OverrideCommand command, OverrideResult result) {
    }

    private final Map<String, SimulatedLamp> lampsByAddress;
    private final Clock clock;
    private final Map<String, Applied> applied = new HashMap<>();

    OverrideBook(Map<String, SimulatedLamp> lampsByAddress, Clock clock) {
        this.lampsByAddress = lampsByAddress;
        this.clock = clock;
    }

    synchronized Reply override(OverrideCommand command) {
        String refusal = refusal(command);
        if (refusal != null) {
            return failure(400, refusal);
        }
        Applied earlier = applied.get(command.talqRequestId());
        if (earlier != null) {
            return earlier.command().equals(command) ? new Reply(200, earlier.result()) : failure(409,
                    "talqRequestId " + command.talqRequestId() + " was already used for another override");
        }
        String unknown = command.addresses().stream().filter(a -> !lampsByAddress.containsKey(a)).findFirst()
                .orElse(null);
        if (unknown != null) {
            return failure(404, "no lamp at address " + unknown);
        }
        apply(command);
        OverrideResult result = new OverrideResult(command.talqRequestId(), "accepted");
        applied.put(command.talqRequestId(), new Applied(command, result));
        return new Reply(201, result);
    }

    synchronized Reply states(List<String> addresses) {
        List<String> wanted = addresses.isEmpty() ? List.copyOf(lampsByAddress.keySet()) : addresses;
        List<LampReport> reports = new ArrayList<>();
        for (String address : wanted) {
            SimulatedLamp lamp = lampsByAddress.get(address);
            if (lamp == null) {
                return failure(404, "no lamp at address " + address);
            }
            reports.add(new LampReport(address, lamp.actualLevel(), lamp.targetLevel(), lamp.leaseExpiry(),
                    lamp.failed() ? "LAMP_FAILURE" : "OK"));
        }
        return new Reply(200, reports);
    }

    private void apply(OverrideCommand command) {
        TargetCommand target = command.targetCommand();
        for (String address : command.addresses()) {
            SimulatedLamp lamp = lampsByAddress.get(address);
            if (target == null) {
                lamp.release();
            } else {
                long ramp = target.rampToLevelTime() == null ? 0 : target.rampToLevelTime();
                lamp.command(target.state().value(), Duration.ofMillis(ramp), target.expiration());
            }
        }
    }

    private String refusal(OverrideCommand command) {
        if (command.talqRequestId() == null || command.talqRequestId().isBlank()) {
            return "talqRequestId is required";
        }
        if (command.addresses() == null || command.addresses().isEmpty()) {
            return "addresses: at least one address is required";
        }
        return command.targetCommand() == null ? null : targetRefusal(command.targetCommand());
    }

    private String targetRefusal(TargetCommand target) {
        if (target.state() == null || !TalqMessages.LEVEL_STATE.equals(target.state().name())) {
            return "targetCommand.state.name must be " + TalqMessages.LEVEL_STATE;
        }
        Double value = target.state().value();
        if (value == null || !(value >= 0 && value <= 100)) {
            return "targetCommand.state.value must be between 0 and 100, got " + value;
        }
        if (target.rampToLevelTime() != null && target.rampToLevelTime() < 0) {
            return "targetCommand.rampToLevelTime must not be negative";
        }
        Instant now = clock.instant();
        if (target.expiration() == null || !target.expiration().isAfter(now)) {
            return "targetCommand.expiration must be in the future, got " + target.expiration();
        }
        return null;
    }

    private static Reply failure(int status, String message) {
        return new Reply(status, new TalqMessages.Failure(message));
    }
}
