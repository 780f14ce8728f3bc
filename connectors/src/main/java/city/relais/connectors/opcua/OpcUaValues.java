package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

/**
 * Values written in the data type the server declares for a node, so that the connector works with servers whose
 * level is a Double, a Float, a Byte or any other numeric type (a write of the wrong type is refused with
 * {@code Bad_TypeMismatch}).
 */
final class OpcUaValues {

    private static final Map<NodeId, DoubleFunction<Object>> NUMBERS = Map.ofEntries(
            Map.entry(NodeIds.Double, v -> v),
            Map.entry(NodeIds.Duration, v -> v),
            Map.entry(NodeIds.Float, v -> (float) v),
            Map.entry(NodeIds.SByte, v -> (byte) Math.round(v)),
            Map.entry(NodeIds.Byte, v -> ubyte(Math.round(v))),
            Map.entry(NodeIds.Int16, v -> (short) Math.round(v)),
            Map.entry(NodeIds.UInt16, v -> ushort((int) Math.round(v))),
            Map.entry(NodeIds.Int32, v -> (int) Math.round(v)),
            Map.entry(NodeIds.UInt32, v -> uint(Math.round(v))),
            Map.entry(NodeIds.Int64, Math::round),
            Map.entry(NodeIds.UInt64, v -> ulong(Math.round(v))));

    private OpcUaValues() {
    }

    /** A number in the node's data type; empty when the type is not numeric. */
    static Optional<Variant> number(double value, NodeId dataType) {
        DoubleFunction<Object> encoder = NUMBERS.get(dataType);
        return encoder == null ? Optional.empty() : Optional.of(new Variant(encoder.apply(value)));
    }

    /** A time for a DateTime (or UtcTime) node; empty for another type. */
    static Optional<Variant> time(DateTime value, NodeId dataType) {
        boolean dateTime = NodeIds.DateTime.equals(dataType) || NodeIds.UtcTime.equals(dataType);
        return dateTime ? Optional.of(new Variant(value)) : Optional.empty();
    }

    static Optional<Variant> time(Instant value, NodeId dataType) {
        return time(new DateTime(value), dataType);
    }

    /** A number read back, whatever its numeric type; NaN when the value is not a number. */
    static double toDouble(Variant value) {
        return value.getValue() instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** A time read back, null when absent or not a time. */
    static Instant toInstant(Variant value) {
        return value.getValue() instanceof DateTime time ? time.getJavaInstant() : null;
    }
}
