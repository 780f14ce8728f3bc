package city.relais.connectors.traffic;

import java.util.Objects;

/** The controller took a request, update or cancel; {@code status} is what it reported right after. */
public record RequestAck(int requestId, RequestStatus status) {

    public RequestAck {
        Objects.requireNonNull(status, "status");
    }
}
