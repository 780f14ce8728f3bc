package city.relais.connectors.traffic;

import city.relais.config.device.TrafficController;
import city.relais.config.load.BuiltinTrafficProfiles;

import java.time.Clock;

/** Makes the client of a traffic-controller device of the city file, by its protocol. */
public final class TrafficControllers {

    /** Wait for each SNMP answer. */
    public static final java.time.Duration SNMP_TIMEOUT = java.time.Duration.ofSeconds(1);

    private TrafficControllers() {
    }

    public static TrafficControllerClient create(TrafficController device, Clock clock) {
        return switch (device.protocol()) {
            case MODBUS -> new ModbusTrafficController(device, BuiltinTrafficProfiles.get(device.profile()), clock);
            case SNMP -> {
                if (!PriorityObjects.PROFILE.equals(device.profile())) {
                    throw new IllegalArgumentException(device.id() + ": SNMP profile '" + device.profile()
                            + "' is unknown (SNMP profiles: " + PriorityObjects.PROFILE + ")");
                }
                yield new SnmpTrafficController(device, clock, SNMP_TIMEOUT, 1);
            }
            default -> throw new IllegalArgumentException(device.id() + ": protocol " + device.protocol().wireName()
                    + " is not a traffic-controller protocol (modbus, snmp)");
        };
    }
}
