package city.relais.config.device;

/** A device the hub commands; written in YAML as a list item with {@code kind} choosing the record. */
public sealed interface Device permits StreetLights, TrafficController, Ticketing {

    /** {@code [a-z0-9][a-z0-9-]*}, unique among devices. */
    String id();

    Protocol protocol();

    DeviceKind kind();
}
