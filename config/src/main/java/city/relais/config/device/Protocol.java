package city.relais.config.device;

import city.relais.config.WireNamed;

/** How the hub talks to a device. */
public enum Protocol implements WireNamed {
    OPCUA("opcua"), MODBUS("modbus"), TALQ("talq"), SNMP("snmp"), OPEN311("open311");

    private final String wireName;

    Protocol(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
