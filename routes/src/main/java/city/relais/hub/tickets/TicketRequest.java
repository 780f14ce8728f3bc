package city.relais.hub.tickets;

import java.util.Map;
import java.util.Objects;

/**
 * What an automation (or an operator's confirmation) asks of a ticketing service for one event.
 *
 * @param asset        {@code camera/zone}, or the camera when the event has no zone
 * @param problem      the event type
 * @param measurements the event's numbers, offered to the service's attributes by name
 * @param decidedBy    {@code auto} or the operator id
 */
public record TicketRequest(String automation, String asset, String problem, String serviceCode, double lat,
                            double lon, String description, String mediaUrl, String eventId,
                            Map<String, Double> measurements, String decidedBy) {

    public TicketRequest {
        Objects.requireNonNull(automation, "automation");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        measurements = measurements == null ? Map.of() : Map.copyOf(measurements);
    }
}
