package city.relais.config.device;

/**
 * One lamp (or lamp group) on a street-lights controller.
 *
 * @param node    OPC UA node id of its dimming level (opcua), else null
 * @param address holding register number (modbus) or TALQ address (talq), else null
 * @param watts   rated power for energy figures, 0 = unknown
 */
public record Lamp(String node, String address, double watts) {
}
