package city.relais.connectors.modbus;

import city.relais.config.device.ModbusProfile;
import city.relais.connectors.lighting.DeviceException;
import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusExecutionException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * The TCP link to one gateway (digitalpetri modbus-tcp): connects on demand, reads and writes single holding
 * registers with the profile's unit id and timeout, retries timeouts and lost connections the profile's number of
 * times, and turns Modbus exception responses into a {@link DeviceException} carrying the exception's name.
 */
final class ModbusLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusLink.class);
    private static final Set<ExceptionCode> RETRYABLE = Set.of(ExceptionCode.ACKNOWLEDGE,
            ExceptionCode.SLAVE_DEVICE_BUSY, ExceptionCode.GATEWAY_PATH_UNAVAILABLE,
            ExceptionCode.GATEWAY_TARGET_DEVICE_FAILED_TO_RESPONSE);

    private final String deviceId;
    private final String address;
    private final ModbusProfile profile;
    private final ModbusTcpClient client;

    ModbusLink(String deviceId, String hostPort, ModbusProfile profile) {
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

    int read(String what, int register) throws DeviceException {
        byte[] bytes = exchange(what, register, () -> client.readHoldingRegisters(profile.unitId(),
                new ReadHoldingRegistersRequest(register, 1)).registers());
        return ByteBuffer.wrap(bytes).getShort() & 0xFFFF;
    }

    void write(String what, int register, int value) throws DeviceException {
        exchange(what, register, () -> client.writeSingleRegister(profile.unitId(),
                new WriteSingleRegisterRequest(register, value)));
    }

    boolean connected() {
        return client.isConnected();
    }

    private <T> T exchange(String what, int register, Request<T> request) throws DeviceException {
        String action = what + " (register " + register + ", unit " + profile.unitId() + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                connect();
                return request.send();
            } catch (ModbusResponseException e) {
                throw refused(action, e);
            } catch (ModbusTimeoutException | ModbusExecutionException e) {
                if (attempt > profile.retries()) {
                    throw unreachable(action, e, attempt);
                }
                LOG.debug("{}: {} failed (attempt {} of {}), retrying", deviceId, action, attempt,
                        profile.retries() + 1, e);
            }
        }
    }

    private synchronized void connect() throws ModbusExecutionException {
        if (!client.isConnected()) {
            client.connect();
        }
    }

    private DeviceException refused(String action, ModbusResponseException e) {
        ExceptionCode code = ExceptionCode.from(e.getExceptionCode()).orElse(null);
        String name = code == null ? "EXCEPTION_" + e.getExceptionCode() : code.name();
        return new DeviceException(deviceId, name, code != null && RETRYABLE.contains(code), action
                + ": the gateway answered Modbus exception " + String.format("0x%02X", e.getExceptionCode()) + " "
                + name, e);
    }

    private DeviceException unreachable(String action, Exception e, int attempts) {
        boolean timeout = e instanceof ModbusTimeoutException;
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().toString();
        return new DeviceException(deviceId, timeout ? "TIMEOUT" : "CONNECTION_FAILED", true, action + " at "
                + address + ": " + (timeout ? "no answer within " + profile.timeout().toMillis() + " ms" : cause)
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
