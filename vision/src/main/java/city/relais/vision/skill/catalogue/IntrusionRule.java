package city.relais.vision.skill.catalogue;

import city.relais.config.camera.GeoPoint;
import city.relais.config.skill.IntrusionSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Intrusion: a track of the configured classes inside the perimeter (for {@code inertia} analysed frames) while the
 * schedule is on. One {@code intrusion.detected} per track per stay; a track already inside when the schedule starts
 * raises it then. Operator alert only.
 */
public final class IntrusionRule implements Skill {

    private final ZoneStays stays;
    private final Schedule schedule;
    private final EventDraft events;

    /**
     * @param zoneId   the city's time zone, in which the schedule's clock times are read
     * @param position the camera's position (for sunset/sunrise bounds), or null
     */
    public IntrusionRule(IntrusionSkill config, Zone zone, ZoneId zoneId, GeoPoint position, Evidence evidence) {
        this.stays = new ZoneStays(zone, config.inertia(), config.classes());
        this.schedule = new Schedule(config.schedule(), zoneId, position);
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return IntrusionSkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<ZoneStays.Stay> now = stays.update(frame);
        if (!schedule.contains(frame.at())) {
            return List.of();
        }
        List<CityEvent> out = new ArrayList<>();
        for (ZoneStays.Stay stay : now) {
            if (stay.alerted() || !stay.track().isConfirmed()) {
                continue;
            }
            stay.alert();
            double dwell = stay.dwell(frame.time());
            EventType type = EventType.INTRUSION_DETECTED;
            CityEvent.Builder b = events.about(type, frame, watches(), stay.track())
                    .measurement("inside_s", dwell)
                    .explanation(stay.track().label() + " #" + stay.track().id() + " inside perimeter " + watches()
                            + " for " + EventDraft.s(dwell) + " during schedule " + schedule);
            out.add(events.finish(b, frame, type, stay.track().box()));
        }
        return out;
    }
}
