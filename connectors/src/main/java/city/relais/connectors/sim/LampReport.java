package city.relais.connectors.sim;

import java.time.Instant;
import java.util.List;

/**
 * One lamp of a lighting simulator as its report shows it.
 *
 * @param simulator   {@code opcua}, {@code modbus} or {@code talq}: which controller holds the lamp
 * @param lamp        the lamp id
 * @param targetLevel where the lamp is going: the commanded level under a lease, or the program level (percent)
 * @param actualLevel the light output now, mid-ramp included (percent)
 * @param leaseExpiry end of the current lease; null when the lamp follows its program
 * @param history     every target change, oldest first
 */
public record LampReport(String simulator, String lamp, double targetLevel, double actualLevel, double programLevel,
                         Instant leaseExpiry, int switchingCyclesLastHour, List<LevelChange> history) {

    public LampReport {
        history = List.copyOf(history);
    }

    static LampReport of(String simulator, String lamp, SimulatedLamp state) {
        return new LampReport(simulator, lamp, state.targetLevel(), state.actualLevel(), state.programLevel(),
                state.leaseExpiry(), state.switchingCyclesLastHour(), state.history());
    }

    /** What a lighting simulator's report file holds: every lamp of every controller. */
    public record Snapshot(List<LampReport> lamps) {

        public Snapshot {
            lamps = List.copyOf(lamps);
        }
    }
}
