package city.relais.vision.skill;

import city.relais.config.camera.Line;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.DirectedLine;
import city.relais.vision.geometry.GroundCalibration;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.LineCrossings;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emergency vehicle at a red light. A vehicle track of the chosen classes in the approach zone for {@code inertia}
 * analysed frames, moving (its recent boxes moved by {@link #MIN_MOVE} of its height and it has not been stationary for
 * {@link #MAX_STATIONARY_S}: a parked car with its lights on is no emergency), with a blue or red light flashing at {@code flash-min-hz..flash-max-hz} in the upper part of its box
 * ({@link FlashMeter}), while its approach is not green (red, amber, or unknown) gives {@code emergency.approaching}
 * with the approach, the flash frequency and, on a calibrated camera, the speed and the ETA to the stop line.
 * {@code emergency.cleared} follows when the vehicle crosses the stop line or its track is lost for
 * {@link #LOST_AFTER_S}.
 */
public final class EmergencyVehicleWatch implements Skill {

    /** The measurement holding the estimated seconds to the stop line (calibrated cameras only). */
    public static final String ETA_SECONDS = "eta_s";


    /** A vehicle stationary for longer than this is parked, not approaching. */
    public static final double MAX_STATIONARY_S = 2.0;
    /** How far (in box heights) a vehicle's recent boxes must have moved: a parked car does not approach. */
    public static final double MIN_MOVE = 0.3;
    /** A vehicle unseen for this long has cleared. */
    public static final double LOST_AFTER_S = 1.5;

    private final EmergencyVehicleSkill config;
    private final Zone zone;
    private final DirectedLine stopLine;
    private final Line drawnStopLine;
    private final LineCrossings crossings;
    private final GroundCalibration calibration;
    private final Set<String> classes;
    private final String approach;
    private final SkillEvents events;
    private final Map<Long, FlashMeter> meters = new HashMap<>();
    private final Map<Long, Integer> framesInside = new HashMap<>();
    private final Map<Long, Double> approaching = new HashMap<>(); // track -> last seen
    private final Set<Long> done = new HashSet<>();

    /**
     * @param calibration the camera's ground calibration, or null (no speed, no ETA)
     */
    public EmergencyVehicleWatch(EmergencyVehicleSkill config, Zone zone, Line drawnStopLine,
                                 GroundCalibration calibration, Evidence evidence) {
        this.config = config;
        this.zone = zone;
        this.drawnStopLine = drawnStopLine;
        this.stopLine = new DirectedLine(config.stopLine(), drawnStopLine);
        this.crossings = new LineCrossings(stopLine);
        this.calibration = calibration;
        this.classes = Set.copyOf(config.classes());
        this.approach = config.approach() != null ? config.approach() : zone.name();
        this.events = new SkillEvents(evidence);
    }

    @Override
    public String name() {
        return EmergencyVehicleSkill.NAME;
    }

    @Override
    public String watches() {
        return zone.name() + " / " + stopLine.name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<CityEvent> out = new ArrayList<>();
        double t = frame.time();
        Set<Long> live = new HashSet<>();
        for (Track track : frame.tracks()) {
            if (!classes.contains(track.label()) || track.state() == TrackState.TENTATIVE) {
                continue;
            }
            live.add(track.id());
            boolean seen = track.state() == TrackState.CONFIRMED;
            if (approaching.containsKey(track.id())) {
                if (seen) {
                    approaching.put(track.id(), t);
                }
                if (crossings.update(track.id(), track.box()).isPresent()) {
                    out.add(cleared(frame, track.id(), track.box(), "crossed stop line " + stopLine.name()));
                }
                continue;
            }
            crossings.update(track.id(), track.box());
            if (done.contains(track.id()) || !seen) {
                continue;
            }
            if (!zone.contains(track.box())) {
                framesInside.remove(track.id());
                meters.remove(track.id());
                continue;
            }
            int n = framesInside.merge(track.id(), frame.analysed() ? 1 : 0, Integer::sum);
            FlashMeter meter = meters.computeIfAbsent(track.id(), id -> new FlashMeter());
            meter.sample(t, frame.image(), track.box());
            if (n < config.inertia() || track.stationarySeconds() > MAX_STATIONARY_S || !moved(track)) {
                continue;
            }
            FlashMeter.Flash flash = meter.flash(config.flashMinHz(), config.flashMaxHz());
            SignalState signal = frame.signals().of(approach);
            if (flash.flashing() && signal != SignalState.GREEN) {
                approaching.put(track.id(), t);
                out.add(approachingEvent(frame, track, flash, signal));
            }
        }
        // tracks gone or lost too long
        for (Long id : List.copyOf(approaching.keySet())) {
            if (!live.contains(id) || t - approaching.get(id) >= LOST_AFTER_S) {
                out.add(cleared(frame, id, null, "track lost for " + SkillEvents.f(t - approaching.get(id)) + " s"));
            }
        }
        meters.keySet().retainAll(live);
        framesInside.keySet().retainAll(live);
        return out;
    }

    /** True when the track's recent boxes moved by at least {@link #MIN_MOVE} of its height. */
    private static boolean moved(Track track) {
        if (track.history().isEmpty()) {
            return false;
        }
        Box first = track.history().get(0);
        double d = Math.hypot(track.box().centreX() - first.centreX(), track.box().centreY() - first.centreY());
        return d >= MIN_MOVE * track.box().h();
    }

    private CityEvent approachingEvent(SceneFrame frame, Track track, FlashMeter.Flash flash, SignalState signal) {
        CityEvent.Builder b = events.event(frame, EventType.EMERGENCY_APPROACHING, zone.name(), track.box())
                .trackId(track.id()).objectClass(track.label())
                .confidence(Math.min(1.0, 0.5 + 0.1 * flash.pulses()))
                .measurement("flash_hz", flash.frequencyHz())
                .measurement("flash_min_hz", config.flashMinHz())
                .measurement("flash_max_hz", config.flashMaxHz())
                .measurement("flash_share", flash.peakShare())
                .measurement("pulses", flash.pulses())
                .measurement("signal_red", signal == SignalState.RED ? 1 : 0);
        StringBuilder why = new StringBuilder("approach ").append(approach).append(": ").append(track.label())
                .append(" #").append(track.id()).append(" with a ").append(flash.colour()).append(" light flashing at ")
                .append(SkillEvents.f(flash.frequencyHz())).append(" Hz (band ").append(SkillEvents.f(config.flashMinHz()))
                .append("..").append(SkillEvents.f(config.flashMaxHz())).append(" Hz, ").append(flash.pulses())
                .append(" pulses, ").append(SkillEvents.f(flash.peakShare() * 100)).append(" % of its upper box), signal ")
                .append(signal.name().toLowerCase(java.util.Locale.ROOT));
        if (calibration != null) {
            double speed = speed(track);
            double distance = distanceToStopLine(track.box());
            b.measurement("speed_mps", speed).measurement("distance_m", distance);
            why.append(", ").append(SkillEvents.f(speed)).append(" m/s, ").append(SkillEvents.f(distance))
                    .append(" m to the stop line");
            if (speed > 0.5) {
                b.measurement(ETA_SECONDS, distance / speed);
                why.append(", ETA ").append(SkillEvents.f(distance / speed)).append(" s");
            }
        }
        return b.explanation(why.toString()).build();
    }

    private CityEvent cleared(SceneFrame frame, long id, Box box, String why) {
        approaching.remove(id);
        done.add(id);
        crossings.forget(id);
        return events.event(frame, EventType.EMERGENCY_CLEARED, zone.name(), null).trackId(id).confidence(1.0)
                .explanation("approach " + approach + ": emergency vehicle #" + id + " cleared (" + why + ")").build();
    }

    private double speed(Track track) {
        Box now = track.box();
        Box later = new Box(now.x() + track.velocityX(), now.y() + track.velocityY(), now.w(), now.h());
        return calibration.speed(now, later, 1.0);
    }

    private double distanceToStopLine(Box box) {
        var p = calibration.toGround(box.bottomCentre());
        List<ImagePoint> pts = stopLineEnds();
        var a = calibration.toGround(pts.get(0));
        var c = calibration.toGround(pts.get(1));
        double dx = c.x() - a.x();
        double dy = c.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + u * dx), p.y() - (a.y() + u * dy));
    }

    private List<ImagePoint> stopLineEnds() {
        var points = drawnStopLine.points();
        var a = points.get(0);
        var c = points.get(points.size() - 1);
        return List.of(new ImagePoint(a.x(), a.y()), new ImagePoint(c.x(), c.y()));
    }
}
