package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

import java.util.Optional;

/**
 * The node naming convention for controllers that expose more than a level. A lamp's configured node is its level
 * node; when that node has a string identifier ending in {@value #LEVEL} (e.g. {@code ns=2;s=L1.Level}), its
 * companions are the nodes with the same namespace and the same prefix ({@code ns=2;s=L1.RampMs},
 * {@code ns=2;s=L1.LeaseExpiry}, ...). Each companion is optional: the connector uses the ones the server has and
 * works with a level node alone.
 * <ul>
 *   <li>{@value #RAMP_MS}: written before the level, the fade time in milliseconds;</li>
 *   <li>{@value #LEASE_EXPIRY}: written before the level, the UTC time the controller returns the lamp to its
 *       program; writing a time in the past (e.g. {@code DateTime.MIN_VALUE}) releases the lamp now;</li>
 *   <li>{@value #ACTUAL_LEVEL}: read, the light output now (mid-ramp included);</li>
 *   <li>{@value #STATUS}: read, the controller's status text ({@code OK}, {@code LAMP_FAILURE}, ...).</li>
 * </ul>
 * The level and companions are written in one Write request, companions first, so that a controller applies the
 * level with the ramp and lease that go with it.
 */
public final class CompanionNodes {

    public static final String LEVEL = "Level";
    public static final String RAMP_MS = "RampMs";
    public static final String LEASE_EXPIRY = "LeaseExpiry";
    public static final String ACTUAL_LEVEL = "ActualLevel";
    public static final String STATUS = "Status";

    private CompanionNodes() {
    }

    /** The companion {@code name} of a level node, or empty when the level node does not follow the convention. */
    public static Optional<NodeId> sibling(NodeId levelNode, String name) {
        if (levelNode.getIdentifier() instanceof String id && id.endsWith(LEVEL)) {
            String prefix = id.substring(0, id.length() - LEVEL.length());
            return Optional.of(new NodeId(levelNode.getNamespaceIndex(), prefix + name));
        }
        return Optional.empty();
    }
}
