package city.relais.connectors.opcua;

import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LevelCommand;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes that carry a command to one lamp, companions first (ramp, lease) and the level last, each value in the
 * data type the server declares. Without a lease companion, release writes {@value #RELEASE_LEVEL} % (full output,
 * the safe level for street lighting): such a controller has no program the hub could hand the lamp back to.
 */
final class LampWrites {

    static final double RELEASE_LEVEL = 100;

    /** One Value write, remembering the lamp it is for (to name it when refused). */
    record Write(String lamp, String what, WriteValue value) {
    }

    private final String deviceId;

    LampWrites(String deviceId) {
        this.deviceId = deviceId;
    }

    List<Write> level(LampNodes nodes, LevelCommand command) throws DeviceException {
        List<Write> writes = new ArrayList<>();
        if (nodes.ramp() != null) {
            writes.add(write(nodes, nodes.ramp(), "ramp",
                    OpcUaValues.number(command.ramp().toMillis(), nodes.ramp().dataType())));
        }
        if (nodes.lease() != null) {
            writes.add(write(nodes, nodes.lease(), "lease expiry",
                    OpcUaValues.time(command.leaseExpiry(), nodes.lease().dataType())));
        }
        writes.add(write(nodes, nodes.level(), "level",
                OpcUaValues.number(command.levelPercent(), nodes.level().dataType())));
        return writes;
    }

    List<Write> release(LampNodes nodes) throws DeviceException {
        if (nodes.lease() != null) {
            return List.of(write(nodes, nodes.lease(), "lease expiry",
                    OpcUaValues.time(DateTime.MIN_VALUE, nodes.lease().dataType())));
        }
        return List.of(write(nodes, nodes.level(), "level",
                OpcUaValues.number(RELEASE_LEVEL, nodes.level().dataType())));
    }

    private Write write(LampNodes nodes, LampNodes.Node node, String what, Optional<Variant> value)
            throws DeviceException {
        Variant variant = value.orElseThrow(() -> new DeviceException(deviceId, "Bad_TypeMismatch", false,
                "lamp " + nodes.lamp() + ": the " + what + " node " + node.id().toParseableString()
                        + " has data type " + node.dataType().toParseableString() + ", which the connector cannot write",
                null));
        return new Write(nodes.lamp(), what, new WriteValue(node.id(), AttributeId.Value.uid(), null,
                DataValue.valueOnly(variant)));
    }
}
