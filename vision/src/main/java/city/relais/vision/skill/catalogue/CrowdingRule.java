package city.relais.vision.skill.catalogue;

import city.relais.config.skill.CrowdingSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;

import java.util.List;

/**
 * Crowding: more than {@code max-count} confirmed tracks of the configured classes in the zone (lost tracks, the
 * tracker's guesses, do not count) for {@code min-duration}. A
 * detector misses people in a crowd now and then, so dips at or under the threshold shorter than {@value #DIP_S} s do
 * not restart the hold. One {@code crowd.detected} per episode; the episode ends (and the rule re-arms) after
 * {@value #CLEAR_S} s at or under the threshold.
 */
public final class CrowdingRule implements Skill {

    static final double DIP_S = 1.0;
    static final double CLEAR_S = 5.0;

    private final ZoneStays stays;
    private final int maxCount;
    private final double minDuration;
    private final EventDraft events;
    private double overSince = Double.NaN;
    private double underSince = Double.NaN;
    private boolean alerted;

    public CrowdingRule(CrowdingSkill config, Zone zone, Evidence evidence) {
        this.stays = new ZoneStays(zone, 1, config.classes());
        this.maxCount = config.maxCount();
        this.minDuration = config.minDuration().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return CrowdingSkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<ZoneStays.Stay> inside = stays.update(frame).stream().filter(s -> s.track().isConfirmed()).toList();
        if (!frame.analysed()) {
            return List.of();
        }
        double now = frame.time();
        int count = inside.size();
        if (count > maxCount) {
            underSince = Double.NaN;
            if (Double.isNaN(overSince)) {
                overSince = now;
            }
        } else {
            if (Double.isNaN(underSince)) {
                underSince = now;
            }
            double under = now - underSince;
            if (under >= DIP_S) {
                overSince = Double.NaN;
            }
            if (under >= CLEAR_S) {
                alerted = false;
            }
            return List.of();
        }
        double held = now - overSince;
        if (alerted || held < minDuration) {
            return List.of();
        }
        alerted = true;
        double confidence = inside.stream().mapToDouble(s -> s.track().score()).average().orElse(0);
        EventType type = EventType.CROWD_DETECTED;
        CityEvent.Builder b = events.start(type, frame, watches()).confidence(EventDraft.clamp(confidence))
                .measurement("count", count).measurement("max_count", maxCount).measurement("held_s", held)
                .measurement("min_duration_s", minDuration)
                .explanation(count + " " + String.join("/", classes(inside)) + " in zone " + watches() + " for "
                        + EventDraft.s(held) + " (max " + maxCount + ", for at least " + EventDraft.s(minDuration)
                        + ")");
        return List.of(events.finish(b, frame, type, null));
    }

    private static List<String> classes(List<ZoneStays.Stay> inside) {
        return inside.stream().map(s -> s.track().label()).distinct().sorted().toList();
    }
}
