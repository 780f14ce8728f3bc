package city.relais.connectors.sim.traffic;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety checks on a controller log, shared by the simulator's and the hub's tests: every green lasts at least the
 * minimum green, every change of phase goes through yellow then all red for at least their times, and the crossing
 * never flashes.
 */
public final class SignalLogChecks {

    private SignalLogChecks() {
    }

    public static void assertSafe(IntersectionController controller) {
        assertThat(controller.monitor().tripped()).as("conflict monitor fault %s", controller.monitor().fault())
                .isFalse();
        SignalTimings timings = controller.timings();
        List<SignalChange> log = controller.log();
        assertThat(log).noneMatch(c -> c.indication() == Indication.FLASHING_RED);
        SignalChange lastGreen = null;
        for (int i = 0; i < log.size(); i++) {
            SignalChange change = log.get(i);
            if (change.indication() == Indication.YELLOW) {
                assertThat(lastGreen).as("yellow without a green before it at %s", change).isNotNull();
                assertThat(Duration.between(lastGreen.time(), change.time())).as("green of %s", lastGreen)
                        .isGreaterThanOrEqualTo(timings.minGreen());
                SignalChange red = log.get(i + 1);
                assertThat(red.indication()).as("after %s", change).isEqualTo(Indication.RED);
                if (!red.reason().startsWith("power cycle")) {
                    assertThat(Duration.between(change.time(), red.time())).isGreaterThanOrEqualTo(timings.yellow());
                }
            }
            if (change.indication() == Indication.GREEN && i > 0 && lastGreen != null
                    && lastGreen.phase() != change.phase()) {
                SignalChange red = log.get(i - 1);
                assertThat(red.indication()).as("before %s", change).isEqualTo(Indication.RED);
                assertThat(Duration.between(red.time(), change.time())).as("red clearance before %s", change)
                        .isGreaterThanOrEqualTo(timings.redClearance());
            }
            if (change.indication() == Indication.GREEN && (lastGreen == null
                    || lastGreen.phase() != change.phase() || log.get(i - 1).indication() == Indication.RED)) {
                lastGreen = change;
            }
        }
    }
}
