package city.relais.hub.devices;

import java.util.Map;

/** Where device alarms go: the broker's alarms address, the log, the metrics and {@code /health}. */
public interface DeviceAlarms {

    void raise(DeviceAlarm alarm);

    /** The last known state per device. */
    Map<String, DeviceAlarm.State> states();
}
