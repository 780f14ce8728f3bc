package city.relais.vision.skill.catalogue;

import city.relais.config.skill.RedLightSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.DirectedLine;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.SignalState;
import city.relais.vision.skill.Skill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Red-light crossing: a vehicle track crosses the stop line in the line's direction (the approach's direction of
 * travel; either way when the line says {@code any}) while the approach's signal is red. Amber, green and an unknown
 * state raise nothing. One {@code redlight.crossed} per track. Statistics and alert; never a plate.
 */
public final class RedLightRule implements Skill {

    private final LineWatch watch;
    private final String approach;
    private final EventDraft events;
    private final Set<Long> reported = new HashSet<>();

    public RedLightRule(RedLightSkill config, DirectedLine stopLine, Evidence evidence) {
        this.watch = new LineWatch(stopLine, config.classes());
        this.approach = config.approach();
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return RedLightSkill.NAME;
    }

    @Override
    public String watches() {
        return watch.line().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        List<CityEvent> out = new ArrayList<>();
        for (LineWatch.Crossed c : watch.update(frame)) {
            SignalState state = frame.signals().of(approach);
            if (!c.crossing().counted() || state != SignalState.RED || !reported.add(c.track().id())) {
                continue;
            }
            EventType type = EventType.REDLIGHT_CROSSED;
            CityEvent.Builder b = events.about(type, frame, watches(), c.track())
                    .measurement("signal_red", 1).measurement("speed_norm_per_s", c.track().speed())
                    .explanation(c.track().label() + " #" + c.track().id() + " crossed stop line " + watches()
                            + " going " + c.crossing().direction().wireName() + " while approach " + approach
                            + " was red");
            out.add(events.finish(b, frame, type, c.track().box()));
        }
        return out;
    }
}
