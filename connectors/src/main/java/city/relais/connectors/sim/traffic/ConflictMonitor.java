package city.relais.connectors.sim.traffic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controller's conflict monitor (malfunction management unit): whenever two conflicting approaches both show a
 * permissive indication (green or yellow), it latches a fault. The controller then flashes all red until a
 * technician resets it. It watches what the heads show, not what the controller meant.
 */
public final class ConflictMonitor {

    private final List<int[]> conflicts;
    private String fault;

    /** @param conflicts pairs of approach numbers that must never be permissive together */
    public ConflictMonitor(List<int[]> conflicts) {
        this.conflicts = List.copyOf(conflicts);
    }

    /** Checks the heads; returns the fault, latched, when two conflicting approaches are permissive. */
    public Optional<String> check(Map<Integer, Indication> heads) {
        if (fault == null) {
            for (int[] pair : conflicts) {
                Indication a = heads.getOrDefault(pair[0], Indication.RED);
                Indication b = heads.getOrDefault(pair[1], Indication.RED);
                if (a.permissive() && b.permissive()) {
                    fault = "conflict: approach " + pair[0] + " " + a + " with approach " + pair[1] + " " + b;
                }
            }
        }
        return Optional.ofNullable(fault);
    }

    public boolean tripped() {
        return fault != null;
    }

    public Optional<String> fault() {
        return Optional.ofNullable(fault);
    }

    /** A technician's reset after inspection. */
    public void reset() {
        fault = null;
    }
}
