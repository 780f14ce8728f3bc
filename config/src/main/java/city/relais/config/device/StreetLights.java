package city.relais.config.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A street-lighting controller or gateway.
 *
 * @param id       device id
 * @param protocol opcua, modbus or talq
 * @param endpoint opcua: {@code opc.tcp://...}; talq: the gateway's {@code http(s)://} base URL; modbus: null
 * @param address  modbus: {@code host:port}; else null
 * @param security opcua only, optional (null = anonymous, no channel security)
 * @param profile  modbus: the Modbus profile (register map) id, required; opcua and talq: optional, unused
 * @param lamps    lamp id to lamp, in file order
 */
public record StreetLights(String id, Protocol protocol, String endpoint, String address, OpcUaSecurity security,
                           String profile, Map<String, Lamp> lamps) implements Device {

    public StreetLights {
        lamps = lamps == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(lamps));
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.STREET_LIGHTS;
    }
}
