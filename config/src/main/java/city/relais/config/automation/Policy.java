package city.relais.config.automation;

import city.relais.config.WireNamed;
import city.relais.config.device.DeviceKind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An actuation policy: the device kind it drives and the events it acts on. */
public enum Policy implements WireNamed {
    DIM_WHEN_EMPTY("dim-when-empty", DeviceKind.STREET_LIGHTS, List.of("zone.occupied", "zone.empty")),
    EMERGENCY_PRIORITY("emergency-priority", DeviceKind.TRAFFIC_CONTROLLER,
            List.of("emergency.approaching", "emergency.cleared")),
    DETECTOR_CALL("detector-call", DeviceKind.TRAFFIC_CONTROLLER, List.of("demand.waiting", "demand.cleared")),
    /** Any event the ticketing device has a service code for, except security events. */
    TICKET("ticket", DeviceKind.TICKETING, List.of()),
    /** Any event; no device. */
    OPERATOR_ALERT("operator-alert", null, List.of());

    private final String wireName;
    private final DeviceKind deviceKind;
    private final List<String> events;

    Policy(String wireName, DeviceKind deviceKind, List<String> events) {
        this.wireName = wireName;
        this.deviceKind = deviceKind;
        this.events = events;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The kind of device this policy drives; null for operator-alert, which drives none. */
    public DeviceKind deviceKind() {
        return deviceKind;
    }

    /** The events this policy acts on besides camera.down/camera.up; empty = not restricted by the policy. */
    public List<String> events() {
        return events;
    }

    public static Optional<Policy> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
