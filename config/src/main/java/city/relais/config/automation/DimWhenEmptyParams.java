package city.relais.config.automation;

import city.relais.config.TimeWindow;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import city.relais.config.camera.Direction;

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
 * @param lead              other dim-when-empty automations whose lamps are raised ahead on presence here
 * @param leadDirection     raise the lead groups only for presence moving this way in the image (events carry
 *                          {@code motionX}/{@code motionY}); {@code any} (default) for every presence
 */
public record DimWhenEmptyParams(TimeWindow night, int floor, int levelOnPresence, Duration rampUp, Duration rampDown,
                                 Duration hold, int maxChangesPerHour, Duration lease, List<String> lead,
                                 Direction leadDirection) implements AutomationParams {

    public DimWhenEmptyParams {
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(lease, "lease");
        lead = lead == null ? List.of() : List.copyOf(lead);
        leadDirection = leadDirection == null ? Direction.ANY : leadDirection;
    }

    /** Without lead groups. */
    public DimWhenEmptyParams(TimeWindow night, int floor, int levelOnPresence, Duration rampUp, Duration rampDown,
                              Duration hold, int maxChangesPerHour, Duration lease) {
        this(night, floor, levelOnPresence, rampUp, rampDown, hold, maxChangesPerHour, lease, List.of(),
                Direction.ANY);
    }
}
