package city.relais.hub.devices;

import java.util.Map;

/** Where device alarms go: the broker's alarms address, the log, the metrics and {@code /health}. */
public interface DeviceAlarms {

    /** Registers a device as up, before anything goes wrong with it. */
    void watch(String device);

    void raise(DeviceAlarm alarm);

    /** The last known state per device. */
    Map<String, DeviceAlarm.State> states();
}
