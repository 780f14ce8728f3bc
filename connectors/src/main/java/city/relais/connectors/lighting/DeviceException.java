package city.relais.connectors.lighting;

/**
 * A device did not do what was asked. Carries the protocol's status (e.g. {@code Bad_NodeIdUnknown}, Modbus
 * exception {@code ILLEGAL_DATA_ADDRESS}, HTTP {@code 503}) and whether retrying may help (timeouts, connection loss,
 * 5xx) or not (refused values, unknown nodes, 4xx).
 */
public class DeviceException extends Exception {

    private final String deviceId;
    private final String protocolStatus;
    private final boolean retryable;

    public DeviceException(String deviceId, String protocolStatus, boolean retryable, String message,
                           Throwable cause) {
        super(deviceId + ": " + message + (protocolStatus == null ? "" : " (" + protocolStatus + ")"), cause);
        this.deviceId = deviceId;
        this.protocolStatus = protocolStatus;
        this.retryable = retryable;
    }

    public String deviceId() {
        return deviceId;
    }

    public String protocolStatus() {
        return protocolStatus;
    }

    public boolean retryable() {
        return retryable;
    }
}
