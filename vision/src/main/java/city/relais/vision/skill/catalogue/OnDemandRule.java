package city.relais.vision.skill.catalogue;

import city.relais.config.skill.OnDemandSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * On-demand waiting (night detector calls): a road user of the configured classes has been in the waiting zone for
 * {@code min-wait} → {@code demand.waiting} (the call, as a loop detector would place it). The call stays placed
 * while anyone waits; after {@value #CLEAR_S} s with the zone empty → {@code demand.cleared}. One call per episode of
 * the zone, whoever waits in it.
 */
public final class OnDemandRule implements Skill {

    static final double CLEAR_S = 2.0;

    private final ZoneStays stays;
    private final double minWait;
    private final EventDraft events;
    private boolean called;
    private double emptySince = Double.NaN;
    private long caller;

    public OnDemandRule(OnDemandSkill config, Zone zone, Evidence evidence) {
        this.stays = new ZoneStays(zone, config.inertia(), config.classes());
        this.minWait = config.minWait().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return OnDemandSkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<ZoneStays.Stay> waiting = stays.update(frame);
        if (!frame.analysed()) {
            return List.of();
        }
        double now = frame.time();
        if (!called) {
            Optional<ZoneStays.Stay> longest = waiting.stream().min(Comparator.comparingDouble(ZoneStays.Stay::since));
            if (longest.isPresent() && longest.get().dwell(now) >= minWait) {
                called = true;
                emptySince = Double.NaN;
                return List.of(waitingEvent(frame, longest.get(), waiting.size()));
            }
            return List.of();
        }
        if (!waiting.isEmpty()) {
            emptySince = Double.NaN;
            return List.of();
        }
        if (Double.isNaN(emptySince)) {
            emptySince = now;
        }
        if (now - emptySince < CLEAR_S) {
            return List.of();
        }
        called = false;
        EventType type = EventType.DEMAND_CLEARED;
        CityEvent.Builder b = events.start(type, frame, watches()).trackId(caller).confidence(1)
                .measurement("empty_s", now - emptySince)
                .explanation("waiting zone " + watches() + " empty for " + EventDraft.s(now - emptySince)
                        + " (clears after " + EventDraft.s(CLEAR_S) + ")");
        return List.of(events.finish(b, frame, type, null));
    }

    private CityEvent waitingEvent(SceneFrame frame, ZoneStays.Stay stay, int count) {
        caller = stay.track().id();
        double wait = stay.dwell(frame.time());
        EventType type = EventType.DEMAND_WAITING;
        CityEvent.Builder b = events.about(type, frame, watches(), stay.track())
                .measurement("wait_s", wait).measurement("min_wait_s", minWait).measurement("waiting", count)
                .explanation(stay.track().label() + " #" + stay.track().id() + " waiting in zone " + watches()
                        + " for " + EventDraft.s(wait) + " (min wait " + EventDraft.s(minWait) + "), " + count
                        + " waiting");
        return events.finish(b, frame, type, stay.track().box());
    }
}
