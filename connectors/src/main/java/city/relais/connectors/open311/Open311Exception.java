package city.relais.connectors.open311;

import city.relais.connectors.lighting.DeviceException;

import java.util.List;

/**
 * A ticketing service did not do what was asked. {@link #httpStatus()} is the HTTP status (0 when no answer came:
 * timeout or broken connection); {@link #serviceMessage()} the service's own words from its GeoReport error body.
 * Timeouts, broken connections and 5xx are {@link #retryable()}; 4xx are not. Never carries the API key.
 */
public class Open311Exception extends DeviceException {

    private final int httpStatus;
    private final List<Open311Messages.Error> serviceErrors;
    private final boolean ambiguous;

    public Open311Exception(String deviceId, int httpStatus, List<Open311Messages.Error> serviceErrors,
                            boolean ambiguous, String message, Throwable cause) {
        super(deviceId, httpStatus == 0 ? (ambiguous ? "NO_ANSWER" : "CONNECTION_FAILED") : "HTTP " + httpStatus,
                httpStatus == 0 || httpStatus >= 500, message, cause);
        this.httpStatus = httpStatus;
        this.serviceErrors = serviceErrors == null ? List.of() : List.copyOf(serviceErrors);
        this.ambiguous = ambiguous;
    }

    /** The HTTP status, 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The GeoReport error entries, empty when the service sent none. */
    public List<Open311Messages.Error> serviceErrors() {
        return serviceErrors;
    }

    /** The service's descriptions joined with "; ", or "" when it gave none. */
    public String serviceMessage() {
        return String.join("; ", serviceErrors.stream().map(Open311Messages.Error::description).toList());
    }

    /**
     * True when the request may have reached the service without an answer coming back (a timeout or a connection
     * lost after sending): a POST may then have created a ticket, so reconcile before posting again.
     */
    public boolean ambiguous() {
        return ambiguous;
    }
}
