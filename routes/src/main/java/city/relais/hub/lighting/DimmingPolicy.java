package city.relais.hub.lighting;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.event.EventType;

/**
 * The {@code dim-when-empty} policy of one automation, as a pure state machine fed with zone events, camera state and
 * clock ticks. At night the lamps sit at the floor when the zone has been empty for the hold time and rise to the
 * presence level on presence (ramp up fast, down slowly); outside the night window, while the camera is down, or
 * before the zone's state is known, they follow their program. Anti-cycling: at most {@code max-changes-per-hour}
 * level changes; a lowering is made only while a change stays in reserve for the next presence, so lamps are never
 * left low when someone comes. Every level is a lease, renewed while it holds.
 */
public final class DimmingPolicy {

    /** What the lamps are doing. */
    public enum Mode { PROGRAM, FLOOR, PRESENCE }

    private final DimWhenEmptyParams params;
    private final NightWindow night;
    private final ChangeBudget budget;

    private Mode mode = Mode.PROGRAM;
    private boolean zoneKnown;
    private final Set<String> occupiedZones = new HashSet<>();
    private boolean cameraDown;
    private boolean eventsLost;
    private Instant lastPresence;
    private Instant lastEventTime;
    private Instant lastSent;

    public DimmingPolicy(DimWhenEmptyParams params, NightWindow night) {
        this.params = params;
        this.night = night;
        this.budget = new ChangeBudget(params.maxChangesPerHour());
    }

    public Mode mode() {
        return mode;
    }

    /** Takes an event of the automation's zone (its own time) and says what the lamps should do at {@code now}. */
    public Optional<LightingDecision> onEvent(EventType type, Instant eventTime, Instant now) {
        return onEvent(type, "", eventTime, now);
    }

    /**
     * Takes an event (its own time) of one of the zones that light the group and says what the lamps should do at
     * {@code now}: the group counts as occupied while any of its zones is.
     */
    public synchronized Optional<LightingDecision> onEvent(EventType type, String zone, Instant eventTime,
                                                           Instant now) {
        if (lastEventTime != null && eventTime.isBefore(lastEventTime)) {
            return onTick(now);
        }
        lastEventTime = eventTime;
        switch (type) {
            case ZONE_OCCUPIED -> presence(zone, true, eventTime);
            case ZONE_EMPTY -> presence(zone, false, eventTime);
            case CAMERA_DOWN -> cameraDown = true;
            case CAMERA_UP -> {
                cameraDown = false;
                zoneKnown = false;
                occupiedZones.clear();
            }
            default -> {
                return Optional.empty();
            }
        }
        return onTick(now);
    }

    private void presence(String zone, boolean nowOccupied, Instant at) {
        zoneKnown = true;
        String key = zone == null ? "" : zone;
        if (nowOccupied) {
            occupiedZones.add(key);
        } else {
            occupiedZones.remove(key);
        }
        if (lastPresence == null || at.isAfter(lastPresence)) {
            lastPresence = at;
        }
    }

    /** Re-evaluates at {@code now}: hold elapsed, night window edges, lease renewal, anti-cycling budget freed. */
    public synchronized Optional<LightingDecision> onTick(Instant now) {
        Mode desired = desired(now);
        if (desired == mode) {
            return renewal(now);
        }
        if (!allowed(desired, now)) {
            return renewal(now);
        }
        budget.spend(now);
        mode = desired;
        lastSent = now;
        return Optional.of(decision(desired, now));
    }

    /**
     * Someone is coming from a neighbouring group (a lead): raise the lamps as for a presence here, held for
     * {@code hold} from {@code at}.
     */
    public synchronized Optional<LightingDecision> onLeadPresence(Instant at, Instant now) {
        zoneKnown = true;
        if (lastPresence == null || at.isAfter(lastPresence)) {
            lastPresence = at;
        }
        return onTick(now);
    }

    /**
     * Whether events can reach the policy (the broker is reachable). While they cannot, the policy's picture of the
     * street is stale: the lamps go back to their program until events flow again and the zone's state is known.
     */
    public synchronized Optional<LightingDecision> onEventFlow(boolean flowing, Instant now) {
        if (eventsLost && flowing) {
            zoneKnown = false;
        }
        eventsLost = !flowing;
        return onTick(now);
    }

    /** The hub is stopping: give the lamps back to their program. */
    public synchronized Optional<LightingDecision> onStop() {
        if (mode == Mode.PROGRAM) {
            return Optional.empty();
        }
        mode = Mode.PROGRAM;
        return Optional.of(new LightingDecision.Release("hub stopping"));
    }

    private Mode desired(Instant now) {
        if (cameraDown || eventsLost || !zoneKnown || !night.isNight(now)) {
            return Mode.PROGRAM;
        }
        boolean held = lastPresence != null && now.isBefore(lastPresence.plus(params.hold()));
        return !occupiedZones.isEmpty() || held ? Mode.PRESENCE : Mode.FLOOR;
    }

    private boolean allowed(Mode desired, Instant now) {
        int remaining = budget.remaining(now);
        return switch (desired) {
            case PROGRAM -> true;
            case PRESENCE -> remaining >= 1;
            case FLOOR -> remaining >= 2;
        };
    }

    private LightingDecision decision(Mode desired, Instant now) {
        return switch (desired) {
            case PROGRAM -> new LightingDecision.Release(releaseReason());
            case PRESENCE -> new LightingDecision.SetLevel(params.levelOnPresence(), params.rampUp(), false,
                    !occupiedZones.isEmpty() ? "presence in " + zoneNames() : "presence less than " + params.hold().toSeconds() + " s ago");
            case FLOOR -> new LightingDecision.SetLevel(params.floor(), params.rampDown(), false,
                    "zone empty for " + params.hold().toSeconds() + " s");
        };
    }

    private String zoneNames() {
        return occupiedZones.contains("") && occupiedZones.size() == 1 ? "the zone" : "zone(s) " + occupiedZones;
    }

    private String releaseReason() {
        if (cameraDown) {
            return "camera down";
        }
        if (eventsLost) {
            return "events not flowing (broker unreachable)";
        }
        return zoneKnown ? "outside the night window " + night : "zone state unknown";
    }

    private Optional<LightingDecision> renewal(Instant now) {
        if (mode == Mode.PROGRAM || lastSent == null) {
            return Optional.empty();
        }
        Duration renewEvery = params.lease().multipliedBy(2).dividedBy(3);
        if (now.isBefore(lastSent.plus(renewEvery))) {
            return Optional.empty();
        }
        lastSent = now;
        double level = mode == Mode.PRESENCE ? params.levelOnPresence() : params.floor();
        return Optional.of(new LightingDecision.SetLevel(level, Duration.ZERO, true, "lease renewal"));
    }
}
