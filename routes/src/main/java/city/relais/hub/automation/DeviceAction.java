package city.relais.hub.automation;

import java.time.Instant;
import java.util.Objects;

/**
 * What an automation decided to do because of one event, on a device (null for an operator alert). The idempotency key (automation + event) makes
 * a redelivered event produce no second action.
 */
public record DeviceAction(String idempotencyKey, String automation, String policy, String device, String eventId,
                           String eventType, String camera, String zone, Instant decidedAt) {

    public DeviceAction {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(automation, "automation");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public static String idempotencyKey(String automation, String eventId) {
        return automation + "/" + eventId;
    }
}
