package city.relais.connectors.opcua;

import city.relais.connectors.lighting.DeviceException;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds, once per session, which companion nodes each lamp's server has and their data types, by reading the
 * DataType attribute of the level node and of each conventional companion: a companion the server does not know is
 * left out; an unknown level node is an error ({@code Bad_NodeIdUnknown}).
 */
final class NodeResolver {

    private static final List<String> COMPANIONS = List.of(CompanionNodes.RAMP_MS, CompanionNodes.LEASE_EXPIRY,
            CompanionNodes.ACTUAL_LEVEL, CompanionNodes.STATUS);

    private final String deviceId;
    private final Map<String, LampNodes> resolved = new ConcurrentHashMap<>();

    NodeResolver(String deviceId) {
        this.deviceId = deviceId;
    }

    /** Forgets what was found (a new session may reach a different server). */
    void clear() {
        resolved.clear();
    }

    LampNodes nodes(OpcUaClient client, String lamp, NodeId level) throws DeviceException, UaException {
        LampNodes known = resolved.get(lamp);
        if (known != null) {
            return known;
        }
        LampNodes found = resolve(client, lamp, level);
        resolved.put(lamp, found);
        return found;
    }

    private LampNodes resolve(OpcUaClient client, String lamp, NodeId level) throws DeviceException, UaException {
        List<NodeId> candidates = new ArrayList<>();
        candidates.add(level);
        COMPANIONS.forEach(name -> candidates.add(CompanionNodes.sibling(level, name).orElse(null)));
        List<ReadValueId> reads = candidates.stream().filter(id -> id != null)
                .map(id -> new ReadValueId(id, AttributeId.DataType.uid(), null, null)).toList();
        DataValue[] results = client.read(0.0, TimestampsToReturn.Neither, reads).getResults();
        if (!results[0].getStatusCode().isGood()) {
            throw OpcUaErrors.refused(deviceId, "lamp " + lamp + ": level node " + level.toParseableString(),
                    results[0].getStatusCode());
        }
        LampNodes.Node[] nodes = new LampNodes.Node[candidates.size()];
        int result = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) != null) {
                nodes[i] = node(candidates.get(i), results[result++]).orElse(null);
            }
        }
        return new LampNodes(lamp, nodes[0], nodes[1], nodes[2], nodes[3], nodes[4]);
    }

    private static Optional<LampNodes.Node> node(NodeId id, DataValue dataType) {
        if (!dataType.getStatusCode().isGood() || !(dataType.getValue().getValue() instanceof NodeId type)) {
            return Optional.empty();
        }
        return Optional.of(new LampNodes.Node(id, type));
    }
}
