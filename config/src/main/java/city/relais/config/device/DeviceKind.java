package city.relais.config.device;

import city.relais.config.WireNamed;

import java.util.List;

/** What a device is, and the protocols the hub speaks to that kind. */
public enum DeviceKind implements WireNamed {
    STREET_LIGHTS("street-lights", List.of(Protocol.OPCUA, Protocol.MODBUS, Protocol.TALQ)),
    TRAFFIC_CONTROLLER("traffic-controller", List.of(Protocol.MODBUS, Protocol.SNMP)),
    TICKETING("ticketing", List.of(Protocol.OPEN311));

    private final String wireName;
    private final List<Protocol> protocols;

    DeviceKind(String wireName, List<Protocol> protocols) {
        this.wireName = wireName;
        this.protocols = protocols;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The protocols allowed for this kind. */
    public List<Protocol> protocols() {
        return protocols;
    }
}
