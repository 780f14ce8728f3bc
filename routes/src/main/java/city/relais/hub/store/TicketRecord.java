package city.relais.hub.store;

import java.time.Instant;

/**
 * Our record of one ticket, from the intent (stored before the POST) to its closing by the city service.
 *
 * @param asset            {@code camera/zone} (or the camera alone)
 * @param problem          the event type that opened it
 * @param state            intent (not known to be at the service yet), open, closed, or failed (refused: 4xx)
 * @param senderId         the {@code device_id} sent with the POST, unique to this ticket; found again by it
 * @param serviceRequestId the service's id once known
 * @param repeats          detections after the first that updated this ticket instead of opening another
 * @param attempts         POSTs tried
 */
public record TicketRecord(long id, String automation, String device, String asset, String problem, State state,
                           String serviceCode, double lat, double lon, String description, String mediaUrl,
                           String senderId, String serviceRequestId, String firstEvent, String lastEvent,
                           int repeats, int attempts, String lastError, String statusNotes, Instant createdAt,
                           Instant updatedAt, Instant closedAt) {

    /** Where a ticket is in its life. */
    public enum State {
        INTENT, OPEN, CLOSED, FAILED;

        public String wireName() {
            return name().toLowerCase();
        }
    }

    /** The key of the open ticket of an asset and problem. */
    public static String openKey(String asset, String problem) {
        return asset + "|" + problem;
    }
}
