package city.relais.vision.skill.catalogue;

import city.relais.config.camera.Direction;
import city.relais.config.skill.CountingSkill;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.vision.geometry.DirectedLine;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.Skill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counting: crossings of the line by class and direction. Each counted crossing (in the line's direction, or either
 * way for {@code any}) gives a {@code line.crossed} with the track, and the running count of its class and direction
 * in the current period; a track counts at most once per direction. Every {@code period} (when not 0) a summary
 * {@code line.crossed} without a track carries the period's counts, one measurement per class and direction
 * ({@code car.down: 12}) and {@code total}. No appearance is kept: a count is not a re-identification.
 */
public final class CountingRule implements Skill {

    private final LineWatch watch;
    private final double period;
    private final EventDraft events;
    private final Set<String> counted = new HashSet<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private double periodStart = Double.NaN;

    public CountingRule(CountingSkill config, DirectedLine line, Evidence evidence) {
        this.watch = new LineWatch(line, config.classes());
        this.period = config.period() == null ? 0 : config.period().toMillis() / 1000.0;
        this.events = new EventDraft(evidence);
    }

    @Override
    public String name() {
        return CountingSkill.NAME;
    }

    @Override
    public String watches() {
        return watch.line().name();
    }

    @Override
    public List<CityEvent> observe(SceneFrame frame) {
        if (Double.isNaN(periodStart)) {
            periodStart = frame.time();
        }
        List<CityEvent> out = new ArrayList<>();
        for (LineWatch.Crossed c : watch.update(frame)) {
            Direction d = c.crossing().direction();
            if (!c.crossing().counted() || !counted.add(c.track().id() + "/" + d)) {
                continue;
            }
            String key = c.track().label() + "." + d.wireName();
            int n = counts.merge(key, 1, Integer::sum);
            EventType type = EventType.LINE_CROSSED;
            CityEvent.Builder b = events.about(type, frame, watches(), c.track())
                    .measurement(key, n).measurement("direction_" + d.wireName(), 1)
                    .explanation(c.track().label() + " #" + c.track().id() + " crossed line " + watches() + " going "
                            + d.wireName() + " (" + n + " " + key + " this period)");
            out.add(events.finish(b, frame, type, null));
        }
        if (period > 0 && frame.time() - periodStart >= period) {
            out.add(summary(frame));
            periodStart += period * Math.floor((frame.time() - periodStart) / period);
            counts.clear();
        }
        return out;
    }

    private CityEvent summary(SceneFrame frame) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        CityEvent.Builder b = events.start(EventType.LINE_CROSSED, frame, watches()).confidence(1)
                .measurement("total", total).measurement("period_s", period);
        counts.forEach(b::measurement);
        b.explanation(total + " crossing(s) of line " + watches() + " in the last " + EventDraft.s(period)
                + (counts.isEmpty() ? "" : ": " + counts));
        return events.finish(b, frame, EventType.LINE_CROSSED, null);
    }
}
