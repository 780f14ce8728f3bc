package city.relais.hub.store;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import city.relais.event.EventType;
import city.relais.hub.devices.DeviceCommandRecord;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Device commands of the lighting automations (what {@code CommandLog} writes under {@code data/commands}) as audit
 * links: the command with its idempotency key, then the device's answer. A command caused by an event carries the
 * event's id; one of the clock (hold, night edge, lease renewal) has none and is found by its key.
 */
public final class CommandAudit {

    private static final Logger LOG = LoggerFactory.getLogger(CommandAudit.class);

    private final AuditTrail audit;
    private final java.time.Clock clock;

    public CommandAudit(AuditTrail audit) {
        this(audit, java.time.Clock.systemUTC());
    }

    /** @param clock stamps the acknowledgement link: when the hub recorded the device's answer */
    public CommandAudit(AuditTrail audit, java.time.Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public void record(DeviceCommandRecord command) {
        String eventId = eventIdOf(command.trigger());
        try {
            audit.appendAll(List.of(AuditEntry.of(command.time(), eventId, AuditEntry.Step.COMMAND,
                    command.automation(), command.idempotencyKey(), command.command() + " on " + command.device()
                            + " (" + command.reason() + "; trigger " + command.trigger() + ")"),
                    AuditEntry.of(answeredAt(command), eventId, AuditEntry.Step.ACK, command.device(),
                            command.idempotencyKey(), command.outcome()
                                    + (command.status() == null ? "" : " " + command.status()))));
        } catch (SQLException e) {
            // on Ctrl-C, H2's own exit hook may close the embedded store before the lamps' release is recorded
            // (H2 refuses DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER): the command is in data/commands all the same
            LOG.error("Could not audit command {} of {} ({}); it stays in the command log under data/commands",
                    command.idempotencyKey(), command.automation(), e.getMessage());
        }
    }

    /** The answer cannot come before the command: a clock behind the command's time gives the command's time. */
    private java.time.Instant answeredAt(DeviceCommandRecord command) {
        java.time.Instant now = clock.instant();
        return now.isBefore(command.time()) ? command.time() : now;
    }

    /** The event id in a trigger such as {@code zone.occupied 7f3c...} or {@code lead from x: zone.occupied 7f3c}. */
    static String eventIdOf(String trigger) {
        if (trigger == null) {
            return null;
        }
        String[] words = trigger.split(" ");
        if (words.length < 2) {
            return null;
        }
        String type = words[words.length - 2];
        boolean isEvent = Arrays.stream(EventType.values()).anyMatch(t -> t.wireName().equals(type));
        return isEvent ? words[words.length - 1] : null;
    }
}
