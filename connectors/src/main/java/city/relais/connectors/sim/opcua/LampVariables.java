package city.relais.connectors.sim.opcua;

import city.relais.connectors.opcua.CompanionNodes;
import city.relais.connectors.sim.SimulatedLamp;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The variables of one simulated lamp ({@code <lamp>.Level}, {@code .ActualLevel}, {@code .PowerState},
 * {@code .FailureLevel}, {@code .ProgramLevel}, {@code .LeaseExpiry}, {@code .RampMs},
 * {@code .SwitchingCyclesPerHour}, {@code .Status}) and what a write to each does to the {@link SimulatedLamp}.
 * Values shown are refreshed from the lamp by the simulator's tick and after every write.
 */
final class LampVariables {

    static final String POWER_STATE = "PowerState";
    static final String FAILURE_LEVEL = "FailureLevel";
    static final String PROGRAM_LEVEL = "ProgramLevel";
    static final String CYCLES = "SwitchingCyclesPerHour";

    private final SimulatedLamp lamp;
    private final Clock clock;
    private final Duration defaultLease;
    private final Map<String, UaVariableNode> nodes = new LinkedHashMap<>();
    private Duration ramp = Duration.ZERO;
    private Instant pendingLease;

    LampVariables(SimulatedLamp lamp, Clock clock, Duration defaultLease) {
        this.lamp = lamp;
        this.clock = clock;
        this.defaultLease = defaultLease;
    }

    SimulatedLamp lamp() {
        return lamp;
    }

    void addTo(LampNamespace namespace, UaFolderNode folder) {
        add(namespace, folder, CompanionNodes.LEVEL, NodeIds.Double, this::writeLevel);
        add(namespace, folder, CompanionNodes.ACTUAL_LEVEL, NodeIds.Double, null);
        add(namespace, folder, POWER_STATE, NodeIds.Boolean, null);
        add(namespace, folder, FAILURE_LEVEL, NodeIds.Double, value -> lamp.setFailureLevel(percent(value)));
        add(namespace, folder, PROGRAM_LEVEL, NodeIds.Double, value -> lamp.setProgramLevel(percent(value)));
        add(namespace, folder, CompanionNodes.LEASE_EXPIRY, NodeIds.DateTime, this::writeLease);
        add(namespace, folder, CompanionNodes.RAMP_MS, NodeIds.UInt32, this::writeRamp);
        add(namespace, folder, CYCLES, NodeIds.UInt32, null);
        add(namespace, folder, CompanionNodes.STATUS, NodeIds.String, null);
        refresh();
    }

    private void add(LampNamespace namespace, UaFolderNode folder, String name, NodeId dataType,
                     ValueWriteFilter.Handler onWrite) {
        String id = lamp.id() + "." + name;
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(namespace.getNodeContext())
                .setNodeId(namespace.nodeId(id))
                .setBrowseName(namespace.qualifiedName(name))
                .setDisplayName(LocalizedText.english(id))
                .setDataType(dataType)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(onWrite == null ? AccessLevel.READ_ONLY : AccessLevel.READ_WRITE)
                .setUserAccessLevel(onWrite == null ? AccessLevel.READ_ONLY : AccessLevel.READ_WRITE)
                .build();
        if (onWrite != null) {
            node.getFilterChain().addLast(new ValueWriteFilter(value -> {
                synchronized (this) {
                    onWrite.accept(value);
                    refresh();
                }
            }));
        }
        namespace.getNodeManager().addNode(node);
        folder.addOrganizes(node);
        nodes.put(name, node);
    }

    /** Shows the lamp's state now (called by the tick and after each write, one at a time). */
    synchronized void refresh() {
        double actual = lamp.actualLevel();
        Instant expiry = lamp.leaseExpiry();
        set(CompanionNodes.LEVEL, new Variant(lamp.targetLevel()));
        set(CompanionNodes.ACTUAL_LEVEL, new Variant(actual));
        set(POWER_STATE, new Variant(actual > 0));
        set(FAILURE_LEVEL, new Variant(lamp.failureLevel()));
        set(PROGRAM_LEVEL, new Variant(lamp.programLevel()));
        set(CompanionNodes.LEASE_EXPIRY, new Variant(expiry == null ? DateTime.MIN_VALUE : new DateTime(expiry)));
        set(CompanionNodes.RAMP_MS, new Variant(uint(currentRamp().toMillis())));
        set(CYCLES, new Variant(uint(lamp.switchingCyclesLastHour())));
        set(CompanionNodes.STATUS, new Variant(lamp.failed() ? "LAMP_FAILURE" : "OK"));
    }

    private void set(String name, Variant value) {
        UaVariableNode node = nodes.get(name);
        if (node != null) {
            node.setValue(new DataValue(value));
        }
    }

    private synchronized Duration currentRamp() {
        return ramp;
    }

    private void writeLevel(DataValue value) throws UaException {
        double level = percent(value);
        Instant now = clock.instant();
        Instant expiry = pendingLease != null && pendingLease.isAfter(now) ? pendingLease : now.plus(defaultLease);
        pendingLease = null;
        lamp.command(level, ramp, expiry);
    }

    private void writeLease(DataValue value) throws UaException {
        Instant expiry = ((DateTime) value(value)).getJavaInstant();
        if (!expiry.isAfter(clock.instant())) {
            pendingLease = null;
            lamp.release();
        } else {
            pendingLease = expiry;
            if (lamp.leaseExpiry() != null) {
                lamp.renew(expiry);
            }
        }
    }

    private void writeRamp(DataValue value) throws UaException {
        ramp = Duration.ofMillis(((UInteger) value(value)).longValue());
    }

    private static double percent(DataValue value) throws UaException {
        double level = ((Number) value(value)).doubleValue();
        if (!(level >= 0 && level <= 100)) {
            throw new UaException(StatusCodes.Bad_OutOfRange, "level " + level + " is outside 0..100");
        }
        return level;
    }

    private static Object value(DataValue value) throws UaException {
        Object v = value.getValue().getValue();
        if (v == null) {
            throw new UaException(StatusCodes.Bad_TypeMismatch, "a value is required");
        }
        return v;
    }
}
