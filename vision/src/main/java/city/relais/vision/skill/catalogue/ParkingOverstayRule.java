package city.relais.vision.skill.catalogue;

import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;
import city.relais.vision.track.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parking overstay: a vehicle has stood still in the parking zone longer than {@code max-stationary}. Standing still
 * means its bottom-centre stays within a tolerance (a quarter of its box height, at least 1 % of the image) of where
 * it stopped; a vehicle whose whole track history lies within it has stood still since the tracker first saw it
 * (confirming a track on a static scene takes a few keyframes). A parked vehicle whose track the tracker drops and re-creates at the same spot (a few missed
 * detections) keeps its stop time: the new track takes over a stop that ended less than {@value #HANDOVER_S} s earlier
 * at that spot (a position on this camera's image, no appearance, no re-identification). One
 * {@code parking.overstay} per stop.
 */
public final class ParkingOverstayRule implements Skill {

    static final double HANDOVER_S = 10;
    private static final double MIN_TOLERANCE = 0.01;

    private static final class Stop {
        ImagePoint anchor;
        double since;
        double lastSeen;
        boolean alerted;

        Stop(ImagePoint anchor, double since) {
            this.anchor = anchor;
            this.since = since;
        }
    }

    private final ZoneStays stays;
    private final double maxStationary;
    private final EventDraft events;
    private final Map<Long, Stop> stops = new HashMap<>();
    private final List<Stop> ended = new ArrayList<>();

    public ParkingOverstayRule(ParkingOverstaySkill config, Zone zone, Evidence evidence) {
        this.stays = new ZoneStays(zone, 1, config.classes());
        this.maxStationary = config.maxStationary().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return ParkingOverstaySkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        if (!frame.analysed()) {
            return List.of();
        }
        double now = frame.time();
        List<CityEvent> out = new ArrayList<>();
        Map<Long, Stop> current = new HashMap<>();
        for (ZoneStays.Stay stay : stays.update(frame)) {
            Track t = stay.track();
            Stop stop = follow(t, now);
            current.put(t.id(), stop);
            double still = now - stop.since;
            if (!stop.alerted && still >= maxStationary && t.isConfirmed()) {
                stop.alerted = true;
                out.add(event(frame, t, still));
            }
        }
        stops.forEach((id, stop) -> {
            if (!current.containsKey(id)) {
                ended.add(stop);
            }
        });
        stops.clear();
        stops.putAll(current);
        ended.removeIf(s -> now - s.lastSeen > HANDOVER_S);
        return out;
    }

    private Stop follow(Track t, double now) {
        ImagePoint p = t.box().bottomCentre();
        double tolerance = Math.max(MIN_TOLERANCE, t.box().h() / 4);
        Stop stop = stops.get(t.id());
        if (stop == null) {
            stop = takeOver(p, tolerance);
            if (stop == null) {
                stop = new Stop(p, stillSince(t, p, tolerance, now));
            }
        } else if (stop.anchor.distance(p) > tolerance) {
            stop = new Stop(p, now);
        }
        stop.lastSeen = now;
        return stop;
    }

    /** A new track that has not moved since its first detection has stood there since then. */
    private static double stillSince(Track t, ImagePoint p, double tolerance, double now) {
        if (t.history().isEmpty() || t.firstSeen() > now) {
            return now;
        }
        for (var b : t.history()) {
            if (b.bottomCentre().distance(p) > tolerance) {
                return now;
            }
        }
        return t.firstSeen();
    }

    private Stop takeOver(ImagePoint p, double tolerance) {
        for (Iterator<Stop> it = ended.iterator(); it.hasNext(); ) {
            Stop s = it.next();
            if (s.anchor.distance(p) <= tolerance) {
                it.remove();
                return s;
            }
        }
        return null;
    }

    private CityEvent event(SceneFrame frame, Track t, double still) {
        EventType type = EventType.PARKING_OVERSTAY;
        CityEvent.Builder b = events.about(type, frame, watches(), t)
                .measurement("stationary_s", still).measurement("max_stationary_s", maxStationary)
                .explanation(t.label() + " #" + t.id() + " stationary in parking zone " + watches() + " for "
                        + EventDraft.s(still) + " (max " + EventDraft.s(maxStationary) + ")");
        return events.finish(b, frame, type, t.box());
    }
}
