package city.relais.vision.skill.catalogue;

import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Abandoned object: an object (backpack, handbag, suitcase by default) in the zone whose owner — the person nearest
 * to it on the ground when it was first seen — has been further than a distance for a time, measured in metres
 * through the camera's ground calibration. An owner the tracker no longer follows counts as infinitely far. Two
 * stages, each once per object: a pre-alert ({@code alarm: 0}) after {@code pre-alert-distance-m} for
 * {@code pre-alert-after} (default 5 m for 2 s, the city's seed figure), and the alarm ({@code alarm: 1}) after
 * {@code owner-distance-m} for {@code unattended-for} (default 3 m for 30 s). The owner coming back within the
 * distance restarts the timers. Operator alert only; no appearance is kept.
 */
public final class AbandonedObjectRule implements Skill {

    private static final class Watched {
        Long owner;
        double farSince = Double.NaN;
        double preFarSince = Double.NaN;
        boolean preAlerted;
        boolean alarmed;
    }

    private final ZoneStays objects;
    private final GroundCalibration ground;
    private final double alarmDistance;
    private final double alarmAfter;
    private final double preDistance;
    private final double preAfter;
    private final EventDraft events;
    private final Map<Long, Watched> watched = new HashMap<>();

    public AbandonedObjectRule(AbandonedObjectSkill config, Zone zone, GroundCalibration ground, Evidence evidence) {
        this.objects = new ZoneStays(zone, 1, config.classes());
        this.ground = Objects.requireNonNull(ground, "abandoned-object needs the camera's ground calibration");
        this.alarmDistance = config.ownerDistanceM();
        this.alarmAfter = config.unattendedFor().toMillis() / 1000.0;
        this.preDistance = config.preAlertDistanceM();
        this.preAfter = config.preAlertAfter() == null ? 0 : config.preAlertAfter().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return AbandonedObjectSkill.NAME;
    }

    @Override
    public String watches() {
        return objects.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<ZoneStays.Stay> inside = objects.update(frame);
        if (!frame.analysed()) {
            return List.of();
        }
        double now = frame.time();
        List<Track> persons = frame.tracks().stream()
                .filter(t -> t.state() != TrackState.TENTATIVE && "person".equals(t.label())).toList();
        Map<Long, Watched> current = new HashMap<>();
        List<CityEvent> out = new ArrayList<>();
        for (ZoneStays.Stay stay : inside) {
            Track object = stay.track();
            Watched w = watched.computeIfAbsent(object.id(), id -> owned(object, persons));
            current.put(object.id(), w);
            double distance = ownerDistance(object, w.owner, persons);
            w.preFarSince = since(w.preFarSince, distance > preDistance, now);
            w.farSince = since(w.farSince, distance > alarmDistance, now);
            if (preAfter > 0 && !w.preAlerted && !w.alarmed && now - w.preFarSince >= preAfter) {
                w.preAlerted = true;
                out.add(event(frame, object, w, distance, false, now - w.preFarSince));
            }
            if (!w.alarmed && now - w.farSince >= alarmAfter) {
                w.alarmed = true;
                out.add(event(frame, object, w, distance, true, now - w.farSince));
            }
        }
        watched.clear();
        watched.putAll(current);
        return out;
    }

    private Watched owned(Track object, List<Track> persons) {
        Watched w = new Watched();
        double best = Double.POSITIVE_INFINITY;
        for (Track p : persons) {
            double d = ground.distance(object.box(), p.box());
            if (d < best) {
                best = d;
                w.owner = p.id();
            }
        }
        return w;
    }

    private double ownerDistance(Track object, Long owner, List<Track> persons) {
        if (owner == null) {
            return Double.POSITIVE_INFINITY;
        }
        return persons.stream().filter(p -> p.id() == owner).findFirst()
                .map(p -> ground.distance(object.box(), p.box())).orElse(Double.POSITIVE_INFINITY);
    }

    private static double since(double since, boolean far, double now) {
        if (!far) {
            return Double.NaN;
        }
        return Double.isNaN(since) ? now : since;
    }

    private CityEvent event(SceneFrame frame, Track object, Watched w, double distance, boolean alarm, double held) {
        EventType type = EventType.OBJECT_ABANDONED;
        double threshold = alarm ? alarmDistance : preDistance;
        double after = alarm ? alarmAfter : preAfter;
        String owner = w.owner == null ? "no person near it when it appeared"
                : Double.isInfinite(distance) ? "owner #" + w.owner + " gone"
                : String.format(java.util.Locale.ROOT, "owner #%d %.1f m away", w.owner, distance);
        CityEvent.Builder b = events.about(type, frame, watches(), object)
                .measurement("alarm", alarm ? 1 : 0).measurement("unattended_s", held)
                .measurement("threshold_m", threshold).measurement("threshold_s", after)
                .explanation((alarm ? "alarm: " : "pre-alert: ") + object.label() + " #" + object.id() + " in zone "
                        + watches() + ", " + owner + " (> " + threshold + " m) for " + EventDraft.s(held)
                        + " (threshold " + EventDraft.s(after) + ")");
        if (Double.isFinite(distance)) {
            b.measurement("owner_distance_m", distance);
        }
        return events.finish(b, frame, type, object.box());
    }
}
