package city.relais.connectors.traffic;

import java.util.Arrays;

/**
 * The controller's status of a priority request (NTCIP 1211 style), with its register code. {@link #NONE}: the
 * controller holds no such request (cleared, or lost in a controller restart).
 */
public enum RequestStatus {
    NONE(0), QUEUED(1), PROCESSING(2), SERVED(3), REJECTED(4), EXPIRED(5), CANCELLED(6);

    private final int code;

    RequestStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** True once the controller will do nothing more for the request: only a clear is left. */
    public boolean finished() {
        return this == NONE || this == REJECTED || this == EXPIRED || this == CANCELLED;
    }

    /** Lower-case name, as in events, metrics and logs. */
    public String wireName() {
        return name().toLowerCase();
    }

    public static RequestStatus fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request status with code " + code));
    }
}
