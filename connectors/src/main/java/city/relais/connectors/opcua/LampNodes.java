package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The nodes of one lamp on a server, with the data type the server declares for each. Companions the server does
 * not have are null (see {@link CompanionNodes}).
 */
record LampNodes(String lamp, Node level, Node ramp, Node lease, Node actual, Node status) {

    /** A node and its DataType attribute. */
    record Node(NodeId id, NodeId dataType) {
    }
}
