package city.relais.hub.devices;

import java.time.Instant;
import java.util.Objects;

/** A device went down (commands failing) or came back. Operators see these; the hub never stops for them. */
public record DeviceAlarm(String device, State state, String reason, Instant time) {

    /** Whether the device takes commands. */
    public enum State { DOWN, UP }

    public DeviceAlarm {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
    }
}
