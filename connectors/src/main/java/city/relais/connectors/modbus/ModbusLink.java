package city.relais.connectors.modbus;

import city.relais.config.device.ModbusProfile;
import city.relais.connectors.lighting.DeviceException;
import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusExecutionException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;

/**
 * The TCP link to one Modbus device, a lighting gateway or a traffic controller (digitalpetri modbus-tcp):
 * connects on demand, reads and writes holding
 * registers with the device's unit id and timeout, retries timeouts and lost connections the configured number of
 * times, and turns Modbus exception responses into a {@link DeviceException} carrying the exception's name.
 */
public final class ModbusLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusLink.class);
    /** Exception responses of a gateway that say "try again" (the lamp behind it is busy or out of reach). */
    public static final Set<ExceptionCode> GATEWAY_RETRYABLE = Set.of(ExceptionCode.ACKNOWLEDGE,
            ExceptionCode.SLAVE_DEVICE_BUSY, ExceptionCode.GATEWAY_PATH_UNAVAILABLE,
            ExceptionCode.GATEWAY_TARGET_DEVICE_FAILED_TO_RESPONSE);

    private final String deviceId;
    private final String address;
    private final String peer;
    private final int unitId;
    private final Duration timeout;
    private final int retries;
    private final Set<ExceptionCode> retryable;
    private final ModbusTcpClient client;

    /** The link to a lighting gateway of {@code profile}. */
    ModbusLink(String deviceId, String hostPort, ModbusProfile profile) {
        this(deviceId, hostPort, "gateway", profile.unitId(), profile.timeout(), profile.retries(),
                GATEWAY_RETRYABLE);
    }

    /**
     * @param peer      what the device is, for messages ({@code gateway}, {@code controller})
     * @param retries   attempts after the first when the device does not answer or the connection fails
     * @param retryable exception responses that are worth trying again later; any other is a refusal
     */
    public ModbusLink(String deviceId, String hostPort, String peer, int unitId, Duration timeout, int retries,
                      Set<ExceptionCode> retryable) {
        this.deviceId = deviceId;
        this.address = hostPort;
        this.peer = peer;
        this.unitId = unitId;
        this.timeout = timeout;
        this.retries = retries;
        this.retryable = Set.copyOf(retryable);
        int colon = hostPort.lastIndexOf(':');
        NettyTcpClientTransport transport = NettyTcpClientTransport.create(cfg -> {
            cfg.setHostname(hostPort.substring(0, colon));
            cfg.setPort(Integer.parseInt(hostPort.substring(colon + 1)));
            cfg.setConnectTimeout(timeout);
            cfg.setConnectPersistent(false);
            cfg.setReconnectLazy(true);
        });
        this.client = ModbusTcpClient.create(transport, cfg -> cfg.setRequestTimeout(timeout));
    }

    /** One holding register, unsigned. */
    public int read(String what, int register) throws DeviceException {
        return read(what, register, 1)[0];
    }

    /** {@code quantity} holding registers from {@code register} on, unsigned, in one request. */
    public int[] read(String what, int register, int quantity) throws DeviceException {
        byte[] bytes = exchange(what, register, () -> client.readHoldingRegisters(unitId,
                new ReadHoldingRegistersRequest(register, quantity)).registers());
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[quantity];
        for (int i = 0; i < quantity; i++) {
            values[i] = buffer.getShort() & 0xFFFF;
        }
        return values;
    }

    /** One holding register. */
    public void write(String what, int register, int value) throws DeviceException {
        exchange(what, register, () -> client.writeSingleRegister(unitId,
                new WriteSingleRegisterRequest(register, value)));
    }

    /** Writes {@code values} from {@code register} on, in one request (the device applies them at once). */
    public void write(String what, int register, int[] values) throws DeviceException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 2);
        for (int value : values) {
            bytes.putShort((short) value);
        }
        exchange(what, register, () -> client.writeMultipleRegisters(unitId,
                new WriteMultipleRegistersRequest(register, values.length, bytes.array())));
    }

    boolean connected() {
        return client.isConnected();
    }

    private <T> T exchange(String what, int register, Request<T> request) throws DeviceException {
        String action = what + " (register " + register + ", unit " + unitId + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                connect();
                return request.send();
            } catch (ModbusResponseException e) {
                throw refused(action, e);
            } catch (ModbusTimeoutException | ModbusExecutionException e) {
                if (attempt > retries) {
                    throw unreachable(action, e, attempt);
                }
                LOG.debug("{}: {} failed (attempt {} of {}), retrying on a new connection", deviceId, action,
                        attempt, retries + 1, e);
                dropConnection();
            }
        }
    }

    private synchronized void connect() throws ModbusExecutionException {
        if (!client.isConnected()) {
            client.connect();
        }
    }

    /** A connection the device closed (a restart) may still look open: the next attempt connects afresh. */
    private synchronized void dropConnection() {
        try {
            client.disconnect();
        } catch (ModbusExecutionException e) {
            LOG.debug("{}: dropping the connection to {} failed", deviceId, address, e);
        }
    }

    private DeviceException refused(String action, ModbusResponseException e) {
        ExceptionCode code = ExceptionCode.from(e.getExceptionCode()).orElse(null);
        String name = code == null ? "EXCEPTION_" + e.getExceptionCode() : code.name();
        return new DeviceException(deviceId, name, code != null && retryable.contains(code), action
                + ": the " + peer + " answered Modbus exception " + String.format("0x%02X", e.getExceptionCode()) + " "
                + name, e);
    }

    private DeviceException unreachable(String action, Exception e, int attempts) {
        boolean timedOut = e instanceof ModbusTimeoutException;
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().toString();
        return new DeviceException(deviceId, timedOut ? "TIMEOUT" : "CONNECTION_FAILED", true, action + " at "
                + address + ": " + (timedOut ? "no answer within " + timeout.toMillis() + " ms" : cause)
                + " after " + attempts + " attempt(s)", e);
    }

    @FunctionalInterface
    private interface Request<T> {
        T send() throws ModbusExecutionException, ModbusResponseException, ModbusTimeoutException;
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (ModbusExecutionException e) {
            LOG.debug("{}: disconnecting from {} failed", deviceId, address, e);
        }
    }
}
