package city.relais.connectors.lighting;

/**
 * The controller's answer to a command.
 *
 * @param deviceStatus the protocol's own word for it (OPC UA {@code Good}, TALQ {@code accepted}, Modbus {@code OK})
 * @param duplicate    true when the controller had already applied a command with this idempotency key
 */
public record CommandAck(String idempotencyKey, String deviceStatus, boolean duplicate) {
}
