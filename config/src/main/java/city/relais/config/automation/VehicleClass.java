package city.relais.config.automation;

import city.relais.config.WireNamed;

/** The vehicle class a priority request announces (NTCIP 1211 style). */
public enum VehicleClass implements WireNamed {
    EMERGENCY("emergency"), TRANSIT("transit");

    private final String wireName;

    VehicleClass(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
