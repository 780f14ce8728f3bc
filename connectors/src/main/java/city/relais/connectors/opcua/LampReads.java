package city.relais.connectors.opcua;

import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a lamp's state: the level node (commanded level), and the companions the server has: actual level (else the
 * level), lease expiry (a past or minimum time means no lease), status text (else the level value's status code).
 */
final class LampReads {

    private final String deviceId;
    private final Clock clock;

    LampReads(String deviceId, Clock clock) {
        this.deviceId = deviceId;
        this.clock = clock;
    }

    /** The reads for one lamp: level, actual, lease, status; absent companions are read as the level again. */
    List<ReadValueId> reads(LampNodes nodes) {
        return Arrays.asList(read(nodes.level()), read(or(nodes.actual(), nodes.level())),
                read(or(nodes.lease(), nodes.level())), read(or(nodes.status(), nodes.level())));
    }

    static int readsPerLamp() {
        return 4;
    }

    /** The state from the four results of {@link #reads}. */
    LampState state(LampNodes nodes, List<DataValue> results) throws DeviceException {
        DataValue level = results.get(0);
        if (!level.getStatusCode().isGood()) {
            throw OpcUaErrors.refused(deviceId, "lamp " + nodes.lamp() + ": read "
                    + nodes.level().id().toParseableString(), level.getStatusCode());
        }
        double commanded = OpcUaValues.toDouble(level.getValue());
        double actual = nodes.actual() == null ? commanded : good(results.get(1), commanded);
        Instant lease = nodes.lease() == null ? null : lease(results.get(2));
        String status = nodes.status() == null || !results.get(3).getStatusCode().isGood()
                ? OpcUaErrors.name(level.getStatusCode())
                : String.valueOf(results.get(3).getValue().getValue());
        return new LampState(nodes.lamp(), actual, commanded, lease, status);
    }

    private Instant lease(DataValue value) {
        Instant expiry = value.getStatusCode().isGood() ? OpcUaValues.toInstant(value.getValue()) : null;
        return expiry == null || !expiry.isAfter(clock.instant()) ? null : expiry;
    }

    private static double good(DataValue value, double fallback) {
        double number = value.getStatusCode().isGood() ? OpcUaValues.toDouble(value.getValue()) : Double.NaN;
        return Double.isNaN(number) ? fallback : number;
    }

    private static LampNodes.Node or(LampNodes.Node node, LampNodes.Node fallback) {
        return node == null ? fallback : node;
    }

    private static ReadValueId read(LampNodes.Node node) {
        return new ReadValueId(node.id(), AttributeId.Value.uid(), null, null);
    }

    static <T> List<T> slice(List<T> all, int lampIndex) {
        return new ArrayList<>(all.subList(lampIndex * readsPerLamp(), (lampIndex + 1) * readsPerLamp()));
    }
}
