package city.relais.connectors.sim.traffic;

/** What a signal head of one approach shows. */
public enum Indication {
    RED, YELLOW, GREEN, FLASHING_RED;

    /** True when vehicles may enter on it (green or yellow): two such heads on conflicting approaches is a fault. */
    public boolean permissive() {
        return this == GREEN || this == YELLOW;
    }
}
