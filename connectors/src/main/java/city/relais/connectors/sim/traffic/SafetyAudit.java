package city.relais.connectors.sim.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits a controller's log for what a traffic engineer checks first: no conflict-monitor fault, no flash, every
 * green at least the minimum green, every change of phase through yellow (its full time, except when the power was
 * cut) then all red for at least the red clearance. Tests of the simulator and of the hub assert it finds nothing.
 */
public final class SafetyAudit {

    private SafetyAudit() {
    }

    /** Every rule the log breaks, in log order; empty when the controller behaved. */
    public static List<String> violations(IntersectionController controller) {
        List<String> found = new ArrayList<>();
        controller.monitor().fault().ifPresent(fault -> found.add("conflict monitor fault: " + fault));
        SignalTimings timings = controller.timings();
        List<SignalChange> log = controller.log();
        SignalChange lastGreen = null;
        for (int i = 0; i < log.size(); i++) {
            SignalChange change = log.get(i);
            if (change.indication() == Indication.FLASHING_RED) {
                found.add("flash: " + change);
            }
            if (change.indication() == Indication.YELLOW) {
                if (lastGreen == null) {
                    found.add("yellow without a green before it: " + change);
                } else if (Duration.between(lastGreen.time(), change.time()).compareTo(timings.minGreen()) < 0) {
                    found.add("green shorter than " + timings.minGreen() + ": " + lastGreen + " then " + change);
                }
                SignalChange next = i + 1 < log.size() ? log.get(i + 1) : null;
                if (next != null && next.indication() != Indication.RED) {
                    found.add("yellow not followed by all red: " + change + " then " + next);
                } else if (next != null && !next.reason().startsWith("power cycle")
                        && Duration.between(change.time(), next.time()).compareTo(timings.yellow()) < 0) {
                    found.add("yellow shorter than " + timings.yellow() + ": " + change + " then " + next);
                }
            }
            if (change.indication() == Indication.GREEN && lastGreen != null && lastGreen.phase() != change.phase()) {
                SignalChange before = log.get(i - 1);
                if (before.indication() != Indication.RED) {
                    found.add("green without all red before it: " + before + " then " + change);
                } else if (Duration.between(before.time(), change.time()).compareTo(timings.redClearance()) < 0) {
                    found.add("red clearance shorter than " + timings.redClearance() + " before " + change);
                }
            }
            if (change.indication() == Indication.GREEN && (lastGreen == null || lastGreen.phase() != change.phase()
                    || log.get(i - 1).indication() == Indication.RED)) {
                lastGreen = change;
            }
        }
        return found;
    }
}
