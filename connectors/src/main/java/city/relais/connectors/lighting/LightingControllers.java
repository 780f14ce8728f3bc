package city.relais.connectors.lighting;

import city.relais.config.CityConfig;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.StreetLights;
import city.relais.connectors.modbus.ModbusLightingController;
import city.relais.connectors.opcua.OpcUaLightingController;
import city.relais.connectors.opcua.OpcUaOptions;
import city.relais.connectors.talq.TalqLightingController;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Makes the controller of a street-lights device of the city file, by its protocol. */
public final class LightingControllers {

    /** Wait for each TALQ HTTP exchange. */
    public static final Duration TALQ_TIMEOUT = Duration.ofSeconds(5);

    private LightingControllers() {
    }

    /** The controller of {@code device}, with the hub's PKI at {@code <data-dir>/pki} and the city's Modbus profiles. */
    public static LightingController create(CityConfig city, StreetLights device) throws IOException {
        return create(device, city.hub().dataDir().resolve("pki"), city.modbusProfiles());
    }

    /**
     * The controller of {@code device}.
     *
     * @param pkiDir         OPC UA PKI folder (application certificate, trusted and rejected server certificates)
     * @param modbusProfiles register maps by id (built-in and the city's, as {@link CityConfig#modbusProfiles()})
     * @throws IOException when the OPC UA PKI folder cannot be created or read
     */
    public static LightingController create(StreetLights device, Path pkiDir, Map<String, ModbusProfile> modbusProfiles)
            throws IOException {
        return switch (device.protocol()) {
            case OPCUA -> new OpcUaLightingController(device, OpcUaOptions.defaults(pkiDir));
            case MODBUS -> new ModbusLightingController(device, profile(device, modbusProfiles));
            case TALQ -> new TalqLightingController(device, TALQ_TIMEOUT);
            default -> throw new IllegalArgumentException(device.id() + ": " + device.protocol().wireName()
                    + " is not a street-lighting protocol");
        };
    }

    private static ModbusProfile profile(StreetLights device, Map<String, ModbusProfile> profiles) {
        ModbusProfile profile = device.profile() == null ? null : profiles.get(device.profile());
        if (profile == null) {
            throw new IllegalArgumentException(device.id() + ": no modbus profile '" + device.profile()
                    + "' (profiles: " + String.join(", ", profiles.keySet()) + ")");
        }
        return profile;
    }
}
