package city.relais.vision.track;

import city.relais.models.Detection;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.ImagePoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The mutable state behind one {@link Track} (tracker internal). */
final class TrackedObject {

    private static final int SCORE_WINDOW = 15;

    final long id;
    private final TrackerSettings settings;
    private final BoxFilter filter;
    private final Map<String, Integer> votes = new HashMap<>();
    private final Deque<Double> scores = new ArrayDeque<>();
    private final Deque<Box> history = new ArrayDeque<>();
    private final double firstSeen;
    private TrackState state = TrackState.TENTATIVE;
    private int hits;
    private int misses;
    private double score;
    private double lastSeen;
    private ImagePoint anchor;
    private double anchorTime;

    TrackedObject(long id, Detection d, double time, TrackerSettings settings) {
        this.id = id;
        this.settings = settings;
        Box box = Box.of(d);
        this.filter = new BoxFilter(box);
        this.firstSeen = time;
        this.anchor = box.bottomCentre();
        this.anchorTime = time;
        record(d, time);
    }

    void predict(double dt) {
        filter.predict(dt);
    }

    void match(Detection d, double time) {
        filter.update(Box.of(d));
        misses = 0;
        record(d, time);
        if (state == TrackState.LOST) {
            state = TrackState.CONFIRMED;
        }
    }

    private void record(Detection d, double time) {
        hits++;
        score = d.score();
        lastSeen = time;
        votes.merge(d.label(), 1, Integer::sum);
        scores.addLast(d.score());
        if (scores.size() > SCORE_WINDOW) {
            scores.removeFirst();
        }
        Box now = filter.box();
        history.addLast(now);
        if (history.size() > settings.historySize()) {
            history.removeFirst();
        }
        ImagePoint feet = now.bottomCentre();
        if (feet.distance(anchor) > settings.moveFraction() * now.h()) {
            anchor = feet;
            anchorTime = time;
        }
        if (state == TrackState.TENTATIVE && hits >= settings.confirmHits()
                && medianScore() >= settings.confirmScore()) {
            state = TrackState.CONFIRMED;
        }
    }

    /** Marks a miss; returns true when the track should be dropped. */
    boolean miss() {
        misses++;
        if (state == TrackState.CONFIRMED) {
            state = TrackState.LOST;
        }
        return state == TrackState.TENTATIVE || misses > settings.maxLostFrames();
    }

    TrackState state() {
        return state;
    }

    Box box() {
        return filter.box();
    }

    private double medianScore() {
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private String label() {
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    Track snapshot(double now) {
        return new Track(id, label(), score, filter.box(), state, filter.velocityX(), filter.velocityY(), hits,
                firstSeen, lastSeen, Math.max(0, now - anchorTime), new ArrayList<>(history));
    }
}
