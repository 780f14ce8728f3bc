package city.relais.vision.skill.catalogue;

import city.relais.config.skill.LoiteringSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;

import java.util.ArrayList;
import java.util.List;

/**
 * Loitering: a track of the configured classes has stayed in the zone longer than {@code max-presence}. One
 * {@code loitering.detected} per track per stay (the track must leave the zone, by {@code inertia} frames outside, before
 * it can raise another). Operator alert only.
 */
public final class LoiteringRule implements Skill {

    private final ZoneStays stays;
    private final double maxPresence;
    private final EventDraft events;

    public LoiteringRule(LoiteringSkill config, Zone zone, Evidence evidence) {
        this.stays = new ZoneStays(zone, config.inertia(), config.classes());
        this.maxPresence = config.maxPresence().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return LoiteringSkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<CityEvent> out = new ArrayList<>();
        for (ZoneStays.Stay stay : stays.update(frame)) {
            double dwell = stay.dwell(frame.time());
            if (stay.alerted() || dwell < maxPresence || !stay.track().isConfirmed()) {
                continue;
            }
            stay.alert();
            EventType type = EventType.LOITERING_DETECTED;
            CityEvent.Builder b = events.about(type, frame, watches(), stay.track())
                    .measurement("dwell_s", dwell).measurement("max_presence_s", maxPresence)
                    .explanation(stay.track().label() + " #" + stay.track().id() + " in zone " + watches() + " for "
                            + EventDraft.s(dwell) + " (max presence " + EventDraft.s(maxPresence) + ")");
            out.add(events.finish(b, frame, type, stay.track().box()));
        }
        return out;
    }
}
