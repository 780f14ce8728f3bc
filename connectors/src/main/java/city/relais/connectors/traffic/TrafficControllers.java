package city.relais.connectors.traffic;

import city.relais.config.device.TrafficController;
import city.relais.config.load.BuiltinTrafficProfiles;

import java.time.Clock;

/** Makes the client of a traffic-controller device of the city file, by its protocol. */
public final class TrafficControllers {

    private TrafficControllers() {
    }

    public static TrafficControllerClient create(TrafficController device, Clock clock) {
        return switch (device.protocol()) {
            case MODBUS -> new ModbusTrafficController(device, BuiltinTrafficProfiles.get(device.profile()), clock);
            default -> throw new IllegalArgumentException(device.id() + ": protocol " + device.protocol().wireName()
                    + " is not available for traffic controllers yet (use modbus)");
        };
    }
}
