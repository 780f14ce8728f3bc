package city.relais.hub.traffic;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of a priority request or a detector call, as operators and metrics see it.
 *
 * @param automation the automation that sent it
 * @param device     the traffic controller
 * @param approach   the approach name
 * @param requestId  the request's id on the controller; 0 for a detector call
 * @param status     a controller status ({@code queued}, {@code processing}, {@code served}, {@code rejected},
 *                   {@code expired}, {@code cancelled}), {@code unsent} when the controller could not be reached
 *                   (nothing is sent again later), or for calls {@code call-placed} / {@code call-cleared}
 * @param reason     why, for a human
 * @param eventId    the event that caused it, or null (a status the controller reported on its own)
 * @param time       when the hub learnt it
 */
public record RequestReport(String automation, String device, String approach, int requestId, String status,
                            String reason, String eventId, Instant time) {

    public RequestReport {
        Objects.requireNonNull(automation, "automation");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
    }
}
