package city.relais.vision.skill;

/** What a signal head shows to one approach, as far as the hub knows. */
public enum SignalState {
    RED, AMBER, GREEN, UNKNOWN;

    /** True when a vehicle must stop: red or amber. */
    public boolean stop() {
        return this == RED || this == AMBER;
    }
}
