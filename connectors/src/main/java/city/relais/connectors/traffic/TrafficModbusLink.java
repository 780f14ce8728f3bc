package city.relais.connectors.traffic;

import city.relais.config.device.TrafficModbusProfile;
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

/**
 * The TCP link to one traffic controller (digitalpetri modbus-tcp): connects on demand, reads and writes holding
 * registers with the profile's unit id and timeout, retries timeouts and lost connections the profile's number of
 * times, and turns a Modbus exception response into a {@link DeviceException} naming the exception.
 */
final class TrafficModbusLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficModbusLink.class);

    private final String deviceId;
    private final String address;
    private final TrafficModbusProfile profile;
    private final ModbusTcpClient client;

    TrafficModbusLink(String deviceId, String hostPort, TrafficModbusProfile profile) {
        this.deviceId = deviceId;
        this.address = hostPort;
        this.profile = profile;
        int colon = hostPort.lastIndexOf(':');
        NettyTcpClientTransport transport = NettyTcpClientTransport.create(cfg -> {
            cfg.setHostname(hostPort.substring(0, colon));
            cfg.setPort(Integer.parseInt(hostPort.substring(colon + 1)));
            cfg.setConnectTimeout(profile.timeout());
            cfg.setConnectPersistent(false);
            cfg.setReconnectLazy(true);
        });
        this.client = ModbusTcpClient.create(transport, cfg -> cfg.setRequestTimeout(profile.timeout()));
    }

    int[] read(String what, int register, int quantity) throws DeviceException {
        byte[] bytes = exchange(what, register, () -> client.readHoldingRegisters(profile.unitId(),
                new ReadHoldingRegistersRequest(register, quantity)).registers());
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[quantity];
        for (int i = 0; i < quantity; i++) {
            values[i] = buffer.getShort() & 0xFFFF;
        }
        return values;
    }

    void write(String what, int register, int value) throws DeviceException {
        exchange(what, register, () -> client.writeSingleRegister(profile.unitId(),
                new WriteSingleRegisterRequest(register, value)));
    }

    /** Writes {@code values} from {@code register} on, in one request (the controller applies it at once). */
    void write(String what, int register, int[] values) throws DeviceException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 2);
        for (int value : values) {
            bytes.putShort((short) value);
        }
        exchange(what, register, () -> client.writeMultipleRegisters(profile.unitId(),
                new WriteMultipleRegistersRequest(register, values.length, bytes.array())));
    }

    private <T> T exchange(String what, int register, Request<T> request) throws DeviceException {
        String action = what + " (register " + register + ", unit " + profile.unitId() + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                connect();
                return request.send();
            } catch (ModbusResponseException e) {
                ExceptionCode code = ExceptionCode.from(e.getExceptionCode()).orElse(null);
                String name = code == null ? "EXCEPTION_" + e.getExceptionCode() : code.name();
                throw new DeviceException(deviceId, name, false, action + ": the controller answered Modbus "
                        + "exception " + String.format("0x%02X", e.getExceptionCode()) + " " + name, e);
            } catch (ModbusTimeoutException | ModbusExecutionException e) {
                if (attempt > profile.retries()) {
                    boolean timeout = e instanceof ModbusTimeoutException;
                    String cause = e.getCause() == null ? e.getMessage() : e.getCause().toString();
                    throw new DeviceException(deviceId, timeout ? "TIMEOUT" : "CONNECTION_FAILED", true, action
                            + " at " + address + ": " + (timeout ? "no answer within " + profile.timeout().toMillis()
                            + " ms" : cause) + " after " + attempt + " attempt(s)", e);
                }
                LOG.debug("{}: {} failed (attempt {}), retrying on a new connection", deviceId, action, attempt, e);
                dropConnection();
            }
        }
    }

    private synchronized void connect() throws ModbusExecutionException {
        if (!client.isConnected()) {
            client.connect();
        }
    }

    /** A connection the controller closed (a restart) may still look open: the next attempt connects afresh. */
    private synchronized void dropConnection() {
        try {
            client.disconnect();
        } catch (ModbusExecutionException e) {
            LOG.debug("{}: dropping the connection to {} failed", deviceId, address, e);
        }
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
