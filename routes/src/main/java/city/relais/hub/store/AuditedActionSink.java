package city.relais.hub.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import city.relais.hub.automation.ActionSink;
import city.relais.hub.automation.DeviceAction;

/**
 * Starts the audit chain of every action an automation takes: the event and the rule that matched it, and, for
 * policies that act without a person (lighting, traffic), the automatic decision. Ticket and operator-alert policies
 * write their own decision (automatic, awaiting an operator, suspended). The wrapped sink keeps its exactly-once role.
 */
public final class AuditedActionSink implements ActionSink {

    private static final Set<String> DECIDE_THEMSELVES = Set.of("ticket", "operator-alert");

    private final ActionSink inner;
    private final AuditTrail audit;

    public AuditedActionSink(ActionSink inner, AuditTrail audit) {
        this.inner = inner;
        this.audit = audit;
    }

    @Override
    public boolean accept(DeviceAction action) throws IOException {
        if (!inner.accept(action)) {
            return false;
        }
        String where = action.camera() + (action.zone() == null ? "" : "/" + action.zone());
        List<AuditEntry> links = new ArrayList<>();
        links.add(AuditEntry.of(action.decidedAt(), action.eventId(), AuditEntry.Step.EVENT, action.camera(), null,
                action.eventType() + " on " + where));
        links.add(AuditEntry.of(action.decidedAt(), action.eventId(), AuditEntry.Step.RULE, action.automation(),
                action.idempotencyKey(), "automation " + action.automation() + ": policy " + action.policy()
                        + (action.device() == null ? "" : " on device " + action.device())));
        if (!DECIDE_THEMSELVES.contains(action.policy())) {
            links.add(AuditEntry.of(action.decidedAt(), action.eventId(), AuditEntry.Step.DECISION, "auto",
                    action.idempotencyKey(), "automatic: " + action.policy() + " acts without an operator"));
        }
        try {
            audit.appendAll(links);
        } catch (SQLException e) {
            throw new IOException("could not write the audit chain of " + action.idempotencyKey(), e);
        }
        return true;
    }
}
