package city.relais.hub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of an audit chain: event → rule → decision (auto, or an operator id) → command (idempotency key) →
 * acknowledgement of the device or service; {@code view} records who looked at evidence.
 *
 * @param id             the store's sequence number, 0 before it is stored
 * @param eventId        the event the chain is about; null for views of evidence without an event
 * @param step           which link
 * @param actor          {@code auto}, an operator id, a device id or {@code hub}
 * @param idempotencyKey the command's key (command and ack steps), else null
 * @param detail         what happened, for a person
 */
public record AuditEntry(long id, Instant at, String eventId, Step step, String actor, String idempotencyKey,
                         String detail) {

    /** The links of a chain, in their natural order. */
    public enum Step {
        EVENT, RULE, DECISION, COMMAND, ACK, VIEW;

        public String wireName() {
            return name().toLowerCase();
        }
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
    }

    /** A new entry, not stored yet. */
    public static AuditEntry of(Instant at, String eventId, Step step, String actor, String idempotencyKey,
                                String detail) {
        return new AuditEntry(0, at, eventId, step, actor, idempotencyKey, detail);
    }

    /** One line as {@code relais audit} prints it. */
    public String line() {
        return at + "  " + String.format("%-8s", step.wireName()) + " " + actor
                + (idempotencyKey == null ? "" : "  key=" + idempotencyKey) + "  " + detail;
    }
}
