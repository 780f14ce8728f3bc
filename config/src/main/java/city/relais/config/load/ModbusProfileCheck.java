package city.relais.config.load;

import city.relais.config.CityConfig;
import city.relais.config.device.Device;
import city.relais.config.device.Lamp;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.device.TrafficController;
import city.relais.config.device.TrafficModbusProfile;

import java.util.Map;
import java.util.Optional;

/**
 * A modbus street-lights device names a defined profile (built-in or under {@code modbus-profiles}), and each of its
 * lamps keeps every register of that profile below 65536.
 */
final class ModbusProfileCheck {

    private static final int LAST_REGISTER = 65535;

    private final BindContext ctx;

    ModbusProfileCheck(BindContext ctx) {
        this.ctx = ctx;
    }

    void check(CityConfig config) {
        for (Device device : config.devices()) {
            if (device instanceof StreetLights lights && lights.protocol() == Protocol.MODBUS
                    && lights.profile() != null) {
                check(lights, config.modbusProfiles());
            }
            if (device instanceof TrafficController controller && controller.protocol() == Protocol.MODBUS
                    && controller.profile() != null) {
                check(controller);
            }
        }
    }

    /** A modbus traffic controller names a built-in traffic profile with room for each of its approaches. */
    private void check(TrafficController controller) {
        String origin = ctx.originOf(controller);
        Optional<TrafficModbusProfile> profile = BuiltinTrafficProfiles.find(controller.profile());
        if (profile.isEmpty()) {
            ctx.problems().add(KeyPath.child(origin, "profile"), "no traffic-controller profile '"
                    + controller.profile() + "' (profiles: " + Lookup.names(BuiltinTrafficProfiles.all().keySet())
                    + ")");
            return;
        }
        controller.approaches().forEach((name, number) -> {
            if (number > TrafficModbusProfile.MAX_APPROACHES) {
                ctx.problems().add(KeyPath.child(KeyPath.child(origin, "approaches"), name), "approach number "
                        + number + " is beyond the " + TrafficModbusProfile.MAX_APPROACHES + " approaches of profile "
                        + profile.get().id());
            }
        });
    }

    private void check(StreetLights lights, Map<String, ModbusProfile> profiles) {
        String origin = ctx.originOf(lights);
        ModbusProfile profile = profiles.get(lights.profile());
        if (profile == null) {
            ctx.problems().add(KeyPath.child(origin, "profile"), "no modbus profile '" + lights.profile()
                    + "' (profiles: " + Lookup.names(profiles.keySet()) + ")");
            return;
        }
        int maxOffset = profile.registers().maxOffset();
        for (Map.Entry<String, Lamp> lamp : lights.lamps().entrySet()) {
            String address = lamp.getValue().address();
            if (address != null && Integer.parseInt(address) + maxOffset > LAST_REGISTER) {
                String path = KeyPath.child(KeyPath.child(KeyPath.child(origin, "lamps"), lamp.getKey()), "address");
                ctx.problems().add(path, "register " + address + " + offset " + maxOffset + " of profile "
                        + profile.id() + " is beyond register " + LAST_REGISTER);
            }
        }
    }
}
