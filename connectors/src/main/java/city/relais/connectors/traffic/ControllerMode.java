package city.relais.connectors.traffic;

/** What the controller reports about itself. */
public enum ControllerMode {
    /** Running its signal plan; priority requests and calls are considered. */
    NORMAL,
    /** Flashing (conflict-monitor fault or start-up): requests are rejected until a technician resets it. */
    FLASH
}
