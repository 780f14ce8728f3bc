package city.relais.connectors.sim.modbus;

import city.relais.config.device.ModbusProfile;
import city.relais.connectors.sim.FreePort;
import city.relais.connectors.sim.SimulatedLamp;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A Modbus TCP street-lighting gateway (digitalpetri server), by default a DALI gateway on the built-in
 * {@code dali-gateway} profile: each lamp sits at its address (the DALI short or group address) and its registers
 * behave as {@link GatewayLamp} describes, on the shared {@link SimulatedLamp} model. In-process or standalone;
 * restartable on the same port.
 */
public final class ModbusGatewaySimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusGatewaySimulator.class);

    private final ModbusProfile profile;
    private final Map<String, GatewayLamp> lamps = new LinkedHashMap<>();
    private final GatewayServices services;
    private final String bindAddress;
    private final int port;
    private ModbusTcpServer server;

    /**
     * @param lampsByAddress lamps by their address on the gateway (the city file's {@code lamps.ID.address})
     * @param port           TCP port, 0 = a free one (see {@link #port()})
     */
    public ModbusGatewaySimulator(Map<Integer, SimulatedLamp> lampsByAddress, ModbusProfile profile,
                                  String bindAddress, int port, Clock clock) {
        this.profile = profile;
        this.bindAddress = bindAddress;
        Map<Integer, GatewayLamp> byAddress = new LinkedHashMap<>();
        lampsByAddress.forEach((address, lamp) -> {
            GatewayLamp gatewayLamp = new GatewayLamp(lamp, profile, clock);
            byAddress.put(address, gatewayLamp);
            lamps.put(lamp.id(), gatewayLamp);
        });
        this.services = new GatewayServices(profile, byAddress);
        this.port = FreePort.resolve(port, bindAddress);
    }

    public synchronized ModbusGatewaySimulator start() throws ExecutionException, InterruptedException {
        if (server == null) {
            NettyTcpServerTransport transport = NettyTcpServerTransport.create(cfg -> {
                cfg.setBindAddress(bindAddress);
                cfg.setPort(port);
            });
            ModbusTcpServer fresh = ModbusTcpServer.create(transport, services);
            fresh.start();
            server = fresh;
            LOG.info("Modbus gateway simulator ({} profile, unit {}) listening on {}:{} with lamps {}", profile.id(),
                    profile.unitId(), bindAddress, port, lamps.keySet());
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (ExecutionException e) {
                LOG.warn("Modbus gateway simulator did not stop cleanly", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            LOG.info("Modbus gateway simulator on port {} stopped", port);
        }
    }

    public int port() {
        return port;
    }

    /** {@code host:port}, as a city file's {@code address}. */
    public String address() {
        return bindAddress + ":" + port;
    }

    public ModbusProfile profile() {
        return profile;
    }

    public SimulatedLamp lamp(String id) {
        GatewayLamp lamp = lamps.get(id);
        if (lamp == null) {
            throw new IllegalArgumentException("no lamp " + id + " (lamps: " + lamps.keySet() + ")");
        }
        return lamp.lamp();
    }

    @Override
    public void close() {
        stop();
    }
}
