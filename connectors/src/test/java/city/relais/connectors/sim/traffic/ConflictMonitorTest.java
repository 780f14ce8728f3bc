package city.relais.connectors.sim.traffic;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictMonitorTest {

    private final ConflictMonitor monitor = new ConflictMonitor(new Intersection().conflicts());

    @Test
    void green_on_north_and_south_together_is_no_conflict() {
        assertThat(monitor.check(Map.of(1, Indication.GREEN, 2, Indication.GREEN, 3, Indication.RED,
                4, Indication.RED))).isEmpty();
        assertThat(monitor.tripped()).isFalse();
    }

    @Test
    void green_north_with_yellow_east_trips_and_stays_latched_until_reset() {
        assertThat(monitor.check(Map.of(1, Indication.GREEN, 2, Indication.RED, 3, Indication.YELLOW,
                4, Indication.RED))).contains("conflict: approach 1 GREEN with approach 3 YELLOW");
        assertThat(monitor.check(Map.of(1, Indication.RED, 2, Indication.RED, 3, Indication.RED, 4, Indication.RED)))
                .as("latched").isPresent();
        monitor.reset();
        assertThat(monitor.check(Map.of(1, Indication.RED, 2, Indication.RED, 3, Indication.RED, 4, Indication.RED)))
                .isEmpty();
    }
}
