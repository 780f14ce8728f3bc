package city.relais.config.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A traffic-signal controller. The hub only sends priority requests and detector calls; the controller decides.
 *
 * @param id         device id
 * @param protocol   modbus or snmp
 * @param address    {@code host:port}
 * @param profile    register/OID map name the connector applies, e.g. {@code generic-priority-v1}
 * @param approaches approach name (e.g. N) to the controller's approach number, &gt;= 1, in file order
 * @param snmp       snmp only: SNMPv3 credentials; null for modbus
 */
public record TrafficController(String id, Protocol protocol, String address, String profile,
                                Map<String, Integer> approaches, SnmpV3 snmp) implements Device {

    public TrafficController {
        approaches = approaches == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(approaches));
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.TRAFFIC_CONTROLLER;
    }
}
