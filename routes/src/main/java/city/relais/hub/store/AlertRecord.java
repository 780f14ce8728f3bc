package city.relais.hub.store;

import java.time.Instant;

/**
 * An event shown to control-room operators.
 *
 * @param tier     operator-confirmed (a confirmation opens the ticket), alert-only (security events), or
 *                 suspended (the skill's automatic tickets are suspended: an operator decides instead)
 * @param state    pending, confirmed or dismissed
 * @param ticketId the ticket a confirmation opened, else null
 */
public record AlertRecord(long id, String automation, String tier, String eventId, String eventType, String camera,
                          String zone, String explanation, String evidence, String state, Instant createdAt,
                          Instant decidedAt, String decidedBy, String reason, Long ticketId) {

    public static final String PENDING = "pending";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";

    public boolean pending() {
        return PENDING.equals(state);
    }
}
