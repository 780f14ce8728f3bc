package city.relais.hub.automation;

import java.io.IOException;

/** Where decided device actions go. Implementations must be idempotent on {@link DeviceAction#idempotencyKey()}. */
public interface ActionSink {

    /**
     * Takes an action durably.
     *
     * @return false when an action with the same idempotency key was already taken (a redelivery)
     */
    boolean accept(DeviceAction action) throws IOException;
}
