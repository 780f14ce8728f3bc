package city.relais.config.automation;

import city.relais.config.TimeWindow;

import java.time.Duration;
import java.util.Objects;

/**
 * Presence-adaptive dimming: at night, lamps sit at {@code floor} and rise to {@code levelOnPresence} on presence.
 *
 * @param night             when the policy acts, default sunset..sunrise (needs the site's position)
 * @param floor             level when empty, 0..100 %, default 20; never off at night unless 0 is written
 * @param levelOnPresence   level on presence, floor..100 %, default 100
 * @param rampUp            fade time up, default 1s
 * @param rampDown          fade time down, default 30s
 * @param hold              stay up this long after the last presence, default 60s
 * @param maxChangesPerHour anti-cycling limit per lamp, &gt;= 1, default 12
 * @param lease             every override expires after this, &gt; 0, default 5min
 */
public record DimWhenEmptyParams(TimeWindow night, int floor, int levelOnPresence, Duration rampUp, Duration rampDown,
                                 Duration hold, int maxChangesPerHour, Duration lease) implements AutomationParams {

    public DimWhenEmptyParams {
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(lease, "lease");
    }
}
