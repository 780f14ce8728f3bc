package city.relais.connectors.lighting;

import java.util.List;

/**
 * A street-light controller seen from the hub, whatever its protocol (OPC UA, Modbus/DALI gateway, TALQ). Every
 * level command is a lease: when it expires without renewal, the controller returns the lamps to their program.
 * Implementations are thread-safe, never leave a lamp dark on their own, and report protocol failures as
 * {@link DeviceException} carrying the protocol's status (OPC UA status code, Modbus exception code, HTTP status).
 */
public interface LightingController extends AutoCloseable {

    /** The device id of the city file. */
    String deviceId();

    /** Sets lamps to a level with a ramp, until the lease expires. Idempotent on the command's key. */
    CommandAck setLevel(LevelCommand command) throws DeviceException;

    /** Returns lamps to their program (ends the lease now). Idempotent on the command's key. */
    CommandAck release(ReleaseCommand command) throws DeviceException;

    /** Reads back what the controller reports for each lamp. */
    List<LampState> read(List<String> lamps) throws DeviceException;

    @Override
    void close();
}
