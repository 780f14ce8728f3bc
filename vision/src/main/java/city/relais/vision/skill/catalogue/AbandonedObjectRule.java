package city.relais.vision.skill.catalogue;

import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.AbandonedObjectSkill.ObjectSource;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;
import city.relais.vision.skill.StaticObjects;
import city.relais.vision.skill.StaticObjects.StaticObject;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Abandoned object: an object in the zone whose owner has been further than a distance for a time, measured in metres
 * through the camera's ground calibration. An owner the tracker no longer follows counts as infinitely far. Two
 * stages, each once per object: a pre-alert ({@code alarm: 0}) after {@code pre-alert-distance-m} for
 * {@code pre-alert-after} (default 5 m for 2 s, the city's seed figure; 0 s = no pre-alert), and the alarm
 * ({@code alarm: 1}) after {@code owner-distance-m} for {@code unattended-for} (default 3 m for 30 s). The owner
 * coming back within the distance restarts the timers. Operator alert only; no appearance is kept.
 * <p>Objects come from two sources ({@code objects}, default both):
 * <ul>
 *   <li>{@code detected}: detector tracks of {@code classes} (backpack, handbag, suitcase by default); the owner is
 *   the person nearest to it on the ground when it was first seen (none: it starts unattended);</li>
 *   <li>{@code static}: new still objects the detector has no class for ({@link StaticObjects}, the illegal-dump
 *   skill's dual-background model), of {@code min-area-m2}..{@code max-area-m2} on the ground, not under a person or
 *   vehicle track and not already a detected object. The owner is the person whose feet were nearest to the object
 *   (within {@code owner-distance-m}) over the {@value #LOOKBACK_S} s before and {@value #LOOKAHEAD_S} s after it
 *   appeared, from a {@value #HISTORY_S} s history of person positions; a static object nobody put down (no person
 *   that near when it appeared: a shadow, a parked car's ghost, a dump) is not an abandoned object and is ignored.
 *   Its alarm waits until it has been seen as static foreground within {@value #SEEN_GRACE_S} s (not while it is
 *   hidden or fading).</li>
 * </ul>
 */
public final class AbandonedObjectRule implements Skill {

    /** Seconds of person positions kept to find a static object's owner. */
    public static final double HISTORY_S = 10.0;
    /** The owner of a static object is looked for this long before it appeared... */
    public static final double LOOKBACK_S = 3.0;
    /** ...and this long after. */
    public static final double LOOKAHEAD_S = 1.0;
    /** A static object's alarm waits until it has shown as static foreground this recently (not hidden, not gone). */
    public static final double SEEN_GRACE_S = 1.0;
    /** A LOST owner counts where the tracker predicts it for this long, then it is gone. */
    public static final double LOST_GRACE_S = 2.0;
    /**
     * A person track that started within this many seconds of the owner's last confirmation, within
     * {@link #HANDOVER_M} of where the owner was, takes over as the owner (the tracker gave the owner a new id).
     */
    public static final double HANDOVER_S = 2.0;
    public static final double HANDOVER_M = 1.0;
    /** A static object whose centre lies in a person or vehicle box grown by this share a side is not one. */
    public static final double MOVER_MARGIN = 0.1;

    /** Finds static objects in each frame: {@link StaticObjects#update} in production, scripted in tests. */
    @FunctionalInterface
    interface StaticFinder {
        List<StaticObject> update(SceneFrame frame);
    }

    private record Key(boolean isStatic, long id) {
    }

    private static final class Watched {
        Long owner;
        /** The owner's box when last confirmed, and when. */
        Box ownerBox;
        double ownerSeen = Double.NaN;
        boolean ownerless;
        double farSince = Double.NaN;
        double preFarSince = Double.NaN;
        boolean preAlerted;
        boolean alarmed;
    }

    private record Seen(double time, List<Track> persons) {
    }

    private final AbandonedObjectSkill config;
    private final ZoneStays objects;
    private final StaticFinder statics;
    private final GroundCalibration ground;
    private final double alarmDistance;
    private final double alarmAfter;
    private final double preDistance;
    private final double preAfter;
    private final EventDraft events;
    private final Map<Key, Watched> watched = new HashMap<>();
    private final Deque<Seen> history = new ArrayDeque<>();

    public AbandonedObjectRule(AbandonedObjectSkill config, Zone zone, GroundCalibration ground, Evidence evidence) {
        this(config, zone, ground, evidence,
                config.uses(ObjectSource.STATIC) ? new StaticObjects(zone, ground)::update : null);
    }

    /** With the static objects found by {@code statics} (null: none). */
    AbandonedObjectRule(AbandonedObjectSkill config, Zone zone, GroundCalibration ground, Evidence evidence,
                        StaticFinder statics) {
        this.config = config;
        this.objects = new ZoneStays(zone, 1, config.classes());
        this.statics = statics;
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
        List<StaticObject> still = statics == null ? List.of() : statics.update(frame);
        boolean detecting = config.uses(ObjectSource.DETECTED);
        List<ZoneStays.Stay> inside = detecting ? objects.update(frame) : List.of();
        if (!frame.analysed()) {
            return List.of();
        }
        double now = frame.time();
        List<Track> persons = frame.tracks().stream()
                .filter(t -> t.state() != TrackState.TENTATIVE && "person".equals(t.label())).toList();
        List<Track> confirmed = persons.stream().filter(Track::isConfirmed).toList();
        remember(now, confirmed);
        Map<Key, Watched> current = new HashMap<>();
        List<CityEvent> out = new ArrayList<>();
        for (ZoneStays.Stay stay : inside) {
            Track object = stay.track();
            Key key = new Key(false, object.id());
            Watched w = watched.computeIfAbsent(key, k -> owned(object, persons));
            current.put(key, w);
            double distance = ownerDistance(object.box(), w, frame.tracks(), confirmed, now);
            step(w, distance, now, true, alarm -> out.add(event(frame, object, null, w, distance, alarm,
                    alarm ? now - w.farSince : now - w.preFarSince)));
        }
        for (StaticObject object : still) {
            Key key = new Key(true, object.id());
            Watched known = watched.get(key);
            boolean accepted = accepted(object, frame, inside);
            if (known == null && !accepted) {
                continue;
            }
            Watched w = known != null ? known : ownedSince(object);
            current.put(key, w);
            if (w.ownerless) {
                continue;
            }
            // the owner is followed and the timers run while the object is hidden; it raises only when accepted
            double distance = ownerDistance(object.box(), w, frame.tracks(), confirmed, now);
            boolean shown = accepted && now - object.seen() <= SEEN_GRACE_S;
            step(w, distance, now, shown, alarm -> out.add(event(frame, null, object, w, distance, alarm,
                    alarm ? now - w.farSince : now - w.preFarSince)));
        }
        watched.clear();
        watched.putAll(current);
        return out;
    }

    /** Advances the timers of one object; raises the due stages through {@code raise} when {@code mayRaise}. */
    private void step(Watched w, double distance, double now, boolean mayRaise,
                      Consumer<Boolean> raise) {
        w.preFarSince = since(w.preFarSince, distance > preDistance, now);
        w.farSince = since(w.farSince, distance > alarmDistance, now);
        if (!mayRaise) {
            return;
        }
        if (preAfter > 0 && !w.preAlerted && !w.alarmed && now - w.preFarSince >= preAfter) {
            w.preAlerted = true;
            raise.accept(false);
        }
        if (!w.alarmed && now - w.farSince >= alarmAfter) {
            w.alarmed = true;
            raise.accept(true);
        }
    }

    /**
     * A static object counts when its ground area is in the window, its centre is not under a person or vehicle and
     * it is not a detected object of the skill's classes already (no second alarm for the same bag).
     */
    private boolean accepted(StaticObject object, SceneFrame frame, List<ZoneStays.Stay> detected) {
        if (object.areaM2() < config.minAreaM2() || object.areaM2() > config.maxAreaM2()) {
            return false;
        }
        ImagePoint centre = new ImagePoint(object.box().centreX(), object.box().centreY());
        if (StaticObjects.underMover(frame.tracks(), frame.time(), centre, MOVER_MARGIN)) {
            return false;
        }
        for (ZoneStays.Stay stay : detected) {
            if (overlaps(stay.track().box(), object.box())) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.x2() && b.x() < a.x2() && a.y() < b.y2() && b.y() < a.y2();
    }

    private void remember(double now, List<Track> persons) {
        history.addLast(new Seen(now, persons));
        while (!history.isEmpty() && now - history.peekFirst().time() > HISTORY_S) {
            history.removeFirst();
        }
    }

    /** A detected object's owner: the person nearest to it now (none: it starts unattended). */
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

    /**
     * A static object's owner: the person whose feet came nearest to it, within {@code owner-distance-m}, from
     * {@link #LOOKBACK_S} before it appeared to {@link #LOOKAHEAD_S} after; none makes it ownerless.
     */
    private Watched ownedSince(StaticObject object) {
        Watched w = new Watched();
        double best = Double.POSITIVE_INFINITY;
        for (Seen seen : history) {
            if (seen.time() < object.since() - LOOKBACK_S || seen.time() > object.since() + LOOKAHEAD_S) {
                continue;
            }
            for (Track p : seen.persons()) {
                double d = ground.distance(object.box(), p.box());
                if (d <= alarmDistance && d < best) {
                    best = d;
                    w.owner = p.id();
                }
            }
        }
        w.ownerless = w.owner == null;
        for (Seen seen : history) {
            for (Track p : seen.persons()) {
                if (w.owner != null && p.id() == w.owner) {
                    w.ownerBox = p.box();
                    w.ownerSeen = seen.time();
                }
            }
        }
        return w;
    }

    /**
     * Ground distance from the object to its owner: to the owner's box while the tracker confirms it, to its predicted
     * box while it is LOST for up to {@link #LOST_GRACE_S}; a person track that started near where the owner was last
     * confirmed, about when, takes over ({@link #HANDOVER_S}, {@link #HANDOVER_M}; positions only, no appearance);
     * otherwise the owner is gone: infinitely far.
     */
    private double ownerDistance(Box object, Watched w, List<Track> tracks, List<Track> confirmed, double now) {
        if (w.owner == null) {
            return Double.POSITIVE_INFINITY;
        }
        Track owner = null;
        for (Track t : tracks) {
            if (t.id() == w.owner) {
                owner = t;
            }
        }
        if (owner != null && owner.isConfirmed()) {
            w.ownerBox = owner.box();
            w.ownerSeen = now;
            return ground.distance(object, owner.box());
        }
        if (w.ownerBox != null) {
            Track heir = null;
            double nearest = HANDOVER_M;
            for (Track p : confirmed) {
                double d = ground.distance(p.box(), w.ownerBox);
                if (p.id() != w.owner && Math.abs(p.firstSeen() - w.ownerSeen) <= HANDOVER_S && d <= nearest) {
                    heir = p;
                    nearest = d;
                }
            }
            if (heir != null) {
                w.owner = heir.id();
                w.ownerBox = heir.box();
                w.ownerSeen = now;
                return ground.distance(object, heir.box());
            }
            if (owner != null && now - w.ownerSeen <= LOST_GRACE_S) {
                return ground.distance(object, owner.box());
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double since(double since, boolean far, double now) {
        if (!far) {
            return Double.NaN;
        }
        return Double.isNaN(since) ? now : since;
    }

    /** The event about a detected {@code track} or a {@code still} object (the other is null). */
    private CityEvent event(SceneFrame frame, Track track, StaticObject still, Watched w, double distance,
                            boolean alarm, double held) {
        EventType type = EventType.OBJECT_ABANDONED;
        double threshold = alarm ? alarmDistance : preDistance;
        double after = alarm ? alarmAfter : preAfter;
        String owner = w.owner == null ? "no person near it when it appeared"
                : Double.isInfinite(distance) ? "owner #" + w.owner + " gone"
                : String.format(Locale.ROOT, "owner #%d %.1f m away", w.owner, distance);
        CityEvent.Builder b;
        String what;
        Box box;
        if (track != null) {
            b = events.about(type, frame, watches(), track);
            what = track.label() + " #" + track.id();
            box = track.box();
        } else {
            b = events.start(type, frame, watches()).confidence(0.7).measurement("object", still.id())
                    .measurement("area_m2", still.areaM2());
            what = String.format(Locale.ROOT, "static object %d (%.2f m2)", still.id(), still.areaM2());
            box = still.box();
        }
        b.measurement("alarm", alarm ? 1 : 0).measurement("unattended_s", held)
                .measurement("threshold_m", threshold).measurement("threshold_s", after)
                .explanation((alarm ? "alarm: " : "pre-alert: ") + what + " in zone " + watches() + ", " + owner
                        + " (> " + threshold + " m) for " + EventDraft.s(held) + " (threshold " + EventDraft.s(after)
                        + ")");
        if (Double.isFinite(distance)) {
            b.measurement("owner_distance_m", distance);
        }
        return events.finish(b, frame, type, box);
    }
}
