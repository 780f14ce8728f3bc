package city.relais.vision.skill.catalogue;

import city.relais.config.camera.Direction;
import city.relais.config.skill.WrongWaySkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;
import city.relais.vision.track.Track;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Wrong way / forbidden vehicle in a lane. A track of a forbidden class that stays in the lane (for {@code inertia}
 * analysed frames) raises {@code wrongway.detected} with {@code forbidden_class: 1}. A track of the tracked classes
 * that has moved against the lane's direction by more than {@value #MIN_TRAVEL} of the image over at least
 * {@value #MIN_SPAN_S} s inside the lane raises it with {@code against_direction: 1} (jitter of a standing vehicle
 * never adds up to that). One event per track per stay.
 */
public final class WrongWayRule implements Skill {

    static final double MIN_TRAVEL = 0.04;
    static final double MIN_SPAN_S = 1.0;
    private static final double WINDOW_S = 3.0;

    private record Sample(double time, ImagePoint at) {
    }

    private final ZoneStays stays;
    private final Direction direction;
    private final Set<String> forbidden;
    private final EventDraft events;
    private final Map<Long, Deque<Sample>> paths = new HashMap<>();

    public WrongWayRule(WrongWaySkill config, Zone lane, Evidence evidence) {
        this.stays = new ZoneStays(lane, config.inertia(),
                Stream.concat(config.classes().stream(), config.forbiddenClasses().stream()).distinct().toList());
        this.direction = config.direction();
        this.forbidden = Set.copyOf(config.forbiddenClasses());
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return WrongWaySkill.NAME;
    }

    @Override
    public String watches() {
        return stays.zone().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<ZoneStays.Stay> inside = stays.update(frame);
        if (!frame.analysed()) {
            return List.of();
        }
        List<CityEvent> out = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (ZoneStays.Stay stay : inside) {
            Track t = stay.track();
            present.add(t.id());
            if (stay.alerted() || !t.isConfirmed()) {
                continue;
            }
            if (forbidden.contains(t.label())) {
                stay.alert();
                out.add(forbiddenEvent(frame, t));
                continue;
            }
            if (direction != null) {
                double against = against(t, frame.time());
                if (against > MIN_TRAVEL) {
                    stay.alert();
                    out.add(againstEvent(frame, t, against));
                }
            }
        }
        paths.keySet().retainAll(present);
        return out;
    }

    /** How far (normalised) the track moved against the lane's direction over the last window, once it spans enough. */
    private double against(Track t, double now) {
        Deque<Sample> path = paths.computeIfAbsent(t.id(), id -> new ArrayDeque<>());
        path.addLast(new Sample(now, t.box().bottomCentre()));
        while (now - path.peekFirst().time() > WINDOW_S) {
            path.removeFirst();
        }
        Sample first = path.peekFirst();
        if (now - first.time() < MIN_SPAN_S) {
            return 0;
        }
        ImagePoint p = t.box().bottomCentre();
        double dx = p.x() - first.at().x();
        double dy = p.y() - first.at().y();
        return -switch (direction) {
            case UP -> -dy;
            case DOWN -> dy;
            case LEFT -> -dx;
            case RIGHT -> dx;
            case ANY -> Math.abs(dx) + Math.abs(dy);
        };
    }

    private CityEvent forbiddenEvent(SceneFrame frame, Track t) {
        EventType type = EventType.WRONGWAY_DETECTED;
        CityEvent.Builder b = events.about(type, frame, watches(), t).measurement("forbidden_class", 1)
                .explanation(t.label() + " #" + t.id() + " in lane " + watches() + ", where " + t.label()
                        + " is forbidden (forbidden classes: " + String.join(", ", forbidden.stream().sorted().toList())
                        + ")");
        return events.finish(b, frame, type, t.box());
    }

    private CityEvent againstEvent(SceneFrame frame, Track t, double against) {
        EventType type = EventType.WRONGWAY_DETECTED;
        CityEvent.Builder b = events.about(type, frame, watches(), t).measurement("against_direction", 1)
                .measurement("travel_against", against).measurement("min_travel", MIN_TRAVEL)
                .explanation(t.label() + " #" + t.id() + " moved " + String.format(java.util.Locale.ROOT, "%.3f",
                        against) + " of the image against the lane's direction " + direction.wireName() + " in lane "
                        + watches() + " (threshold " + MIN_TRAVEL + ")");
        return events.finish(b, frame, type, t.box());
    }
}
