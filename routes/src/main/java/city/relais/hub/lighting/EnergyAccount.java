package city.relais.hub.lighting;

import java.time.Duration;
import java.time.Instant;

import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.hub.metrics.HubMetrics;

/**
 * Energy a lamp group saved against full output: while the policy holds the lamps at a level below 100 %, the rated
 * watts of the group times the share not drawn, over time. An estimate (rated power, linear dimming curve), exposed
 * as {@code relais_lighting_energy_saved_kwh_total}.
 */
public final class EnergyAccount {

    private static final double JOULES_PER_KWH = 3_600_000.0;

    private final String automation;
    private final double groupWatts;
    private final DimWhenEmptyParams params;
    private final HubMetrics metrics;
    private Instant last;

    public EnergyAccount(String automation, double groupWatts, DimWhenEmptyParams params, HubMetrics metrics) {
        this.automation = automation;
        this.groupWatts = groupWatts;
        this.params = params;
        this.metrics = metrics;
    }

    /** Adds what was saved since the previous call, at the level of {@code mode}. */
    synchronized void accrue(DimmingPolicy.Mode mode, Instant now) {
        if (last != null && now.isAfter(last)) {
            double level = switch (mode) {
                case PROGRAM -> 100;
                case PRESENCE -> params.levelOnPresence();
                case FLOOR -> params.floor();
            };
            double seconds = Duration.between(last, now).toNanos() / 1e9;
            double kwh = groupWatts * (1 - level / 100.0) * seconds / JOULES_PER_KWH;
            if (kwh > 0) {
                metrics.energySaved(automation, kwh);
            }
        }
        last = now;
    }
}
