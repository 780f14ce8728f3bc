package city.relais.connectors.opcua;

import city.relais.config.device.Lamp;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.IdempotencyMemory;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Street lights on an OPC UA server (Eclipse Milo client). Each lamp's {@code node} is its level node; companion nodes
 * named by the {@link CompanionNodes} convention carry ramp, lease, actual level and status where the server has
 * them. Retries of an applied command (same idempotency key) are answered from memory, marked duplicate. Failures
 * carry the OPC UA status code's name; connection failures are retryable and the next command reconnects.
 */
public final class OpcUaLightingController implements LightingController {

    private final StreetLights device;
    private final Map<String, NodeId> levelNodes = new LinkedHashMap<>();
    private final ClientPki pki;
    private final OpcUaConnection connection;
    private final NodeResolver resolver;
    private final LampWrites writes;
    private final LampReads reads;
    private final IdempotencyMemory memory = new IdempotencyMemory();

    /** @throws IOException when the PKI folder cannot be created or read */
    public OpcUaLightingController(StreetLights device, OpcUaOptions options) throws IOException {
        if (device.protocol() != Protocol.OPCUA || device.endpoint() == null) {
            throw new IllegalArgumentException(device.id() + " is not an OPC UA street-lights device");
        }
        this.device = device;
        for (Map.Entry<String, Lamp> lamp : device.lamps().entrySet()) {
            levelNodes.put(lamp.getKey(), NodeId.parseSafe(lamp.getValue().node()).orElseThrow(() ->
                    new IllegalArgumentException(device.id() + ": lamp " + lamp.getKey() + ": '"
                            + lamp.getValue().node() + "' is not an OPC UA node id (e.g. ns=2;s=L1.Level)")));
        }
        this.pki = ClientPki.open(options.pkiDir());
        this.resolver = new NodeResolver(device.id());
        this.connection = new OpcUaConnection(device.id(), device.endpoint(), device.security(), pki, options,
                resolver::clear);
        this.writes = new LampWrites(device.id());
        this.reads = new LampReads(device.id(), Clock.systemUTC());
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    /** True while a session is open (it opens on the first command). */
    public boolean connected() {
        return connection.connected();
    }

    @Override
    public CommandAck setLevel(LevelCommand command) throws DeviceException {
        Optional<CommandAck> replay = memory.replay(command.idempotencyKey());
        if (replay.isPresent()) {
            return replay.get();
        }
        call("set " + command.lamps() + " to " + percent(command.levelPercent()), client -> {
            List<LampWrites.Write> all = new ArrayList<>();
            for (String lamp : command.lamps()) {
                all.addAll(writes.level(nodes(client, lamp), command));
            }
            write(client, all);
            return null;
        });
        return memory.remember(new CommandAck(command.idempotencyKey(), "Good", false));
    }

    @Override
    public CommandAck release(ReleaseCommand command) throws DeviceException {
        Optional<CommandAck> replay = memory.replay(command.idempotencyKey());
        if (replay.isPresent()) {
            return replay.get();
        }
        call("release " + command.lamps(), client -> {
            List<LampWrites.Write> all = new ArrayList<>();
            for (String lamp : command.lamps()) {
                all.addAll(writes.release(nodes(client, lamp)));
            }
            write(client, all);
            return null;
        });
        return memory.remember(new CommandAck(command.idempotencyKey(), "Good", false));
    }

    @Override
    public List<LampState> read(List<String> lamps) throws DeviceException {
        return call("read " + lamps, client -> {
            List<LampNodes> nodes = new ArrayList<>();
            List<ReadValueId> ids = new ArrayList<>();
            for (String lamp : lamps) {
                LampNodes lampNodes = nodes(client, lamp);
                nodes.add(lampNodes);
                ids.addAll(reads.reads(lampNodes));
            }
            List<DataValue> values = Arrays.asList(client.read(0.0, TimestampsToReturn.Neither, ids).getResults());
            List<LampState> states = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                states.add(reads.state(nodes.get(i), LampReads.slice(values, i)));
            }
            return states;
        });
    }

    private static String percent(double level) {
        return (level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level)) + " %";
    }

    private LampNodes nodes(OpcUaClient client, String lamp) throws DeviceException, UaException {
        NodeId level = levelNodes.get(lamp);
        if (level == null) {
            throw new DeviceException(device.id(), null, false, "no lamp " + lamp + " on this device (lamps: "
                    + String.join(", ", levelNodes.keySet()) + ")", null);
        }
        return resolver.nodes(client, lamp, level);
    }

    private void write(OpcUaClient client, List<LampWrites.Write> all) throws DeviceException, UaException {
        StatusCode[] results = client.write(all.stream().map(LampWrites.Write::value).toList()).getResults();
        for (int i = 0; i < results.length; i++) {
            if (!results[i].isGood()) {
                LampWrites.Write refused = all.get(i);
                throw OpcUaErrors.refused(device.id(), "lamp " + refused.lamp() + ": write " + refused.what() + " "
                        + refused.value().getNodeId().toParseableString(), results[i]);
            }
        }
    }

    /** Runs one exchange with the server; a retryable failure drops the connection so the next call reconnects. */
    private <T> T call(String action, ClientCall<T> exchange) throws DeviceException {
        OpcUaClient client = connection.client();
        try {
            return exchange.run(client);
        } catch (DeviceException e) {
            dropIfRetryable(e);
            throw e;
        } catch (UaException | RuntimeException e) {
            DeviceException failure = OpcUaErrors.failed(device.id(), action, e);
            dropIfRetryable(failure);
            throw failure;
        }
    }

    private void dropIfRetryable(DeviceException e) {
        if (e.retryable()) {
            connection.drop();
        }
    }

    @FunctionalInterface
    private interface ClientCall<T> {
        T run(OpcUaClient client) throws DeviceException, UaException;
    }

    @Override
    public void close() {
        connection.close();
        pki.close();
    }
}
