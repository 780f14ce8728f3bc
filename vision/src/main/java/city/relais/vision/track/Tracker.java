package city.relais.vision.track;

import city.relais.models.Detection;
import city.relais.vision.geometry.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ByteTrack-style multi-object tracker for one camera: constant-velocity Kalman prediction, then two-stage IoU
 * association with the Hungarian algorithm — high-score detections against confirmed and lost tracks, low-score
 * detections against the confirmed tracks still unmatched — then the remaining high-score detections against tentative
 * tracks; new tentative tracks from what is left. Ids start at 1 and are never reused; one tracker per camera, so ids
 * are never linked across cameras. Not thread-safe.
 */
public final class Tracker {

    private static final double NO_MATCH = 1e6;

    private final TrackerSettings settings;
    private final List<TrackedObject> tracks = new ArrayList<>();
    private long nextId = 1;
    private double lastTime = Double.NaN;

    public Tracker(TrackerSettings settings) {
        this.settings = settings;
    }

    public Tracker() {
        this(TrackerSettings.defaults());
    }

    /**
     * Feeds the detections of one analysed frame.
     *
     * @param detections the frame's detections (already cut at the detector's per-frame minimum score)
     * @param time       the frame's time in seconds, non-decreasing
     * @return all live tracks after the update (tentative, confirmed, lost), by id
     */
    public List<Track> update(List<Detection> detections, double time) {
        double dt = Double.isNaN(lastTime) ? 0 : time - lastTime;
        if (dt < 0) {
            throw new IllegalArgumentException("time went backwards: " + time + " after " + lastTime);
        }
        lastTime = time;
        tracks.forEach(t -> t.predict(dt));
        List<Detection> high = new ArrayList<>();
        List<Detection> low = new ArrayList<>();
        for (Detection d : detections) {
            if (d.score() >= settings.highScore()) {
                high.add(d);
            } else if (d.score() >= settings.lowScore()) {
                low.add(d);
            }
        }
        List<TrackedObject> pool = tracks.stream().filter(t -> t.state() != TrackState.TENTATIVE).toList();
        List<TrackedObject> tentative = tracks.stream().filter(t -> t.state() == TrackState.TENTATIVE).toList();
        List<TrackedObject> unmatched = new ArrayList<>(pool);
        List<Detection> highLeft = associate(unmatched, high, settings.firstMatchIou(), time);
        List<TrackedObject> stillTracked = new ArrayList<>(
                unmatched.stream().filter(t -> t.state() == TrackState.CONFIRMED).toList());
        associate(stillTracked, low, settings.secondMatchIou(), time);
        List<TrackedObject> pending = new ArrayList<>(tentative);
        List<Detection> fresh = associate(pending, highLeft, settings.tentativeMatchIou(), time);
        List<TrackedObject> missed = new ArrayList<>(stillTracked);
        unmatched.stream().filter(t -> t.state() == TrackState.LOST).forEach(missed::add);
        missed.addAll(pending);
        missed.stream().filter(TrackedObject::miss).forEach(tracks::remove);
        for (Detection d : fresh) {
            tracks.add(new TrackedObject(nextId++, d, time, settings));
        }
        return snapshot(time);
    }

    /** All live tracks now, by id, without a new frame (for frames the detector skipped). */
    public List<Track> tracks() {
        return snapshot(Double.isNaN(lastTime) ? 0 : lastTime);
    }

    private List<Track> snapshot(double now) {
        return tracks.stream().sorted(Comparator.comparingLong(t -> t.id)).map(t -> t.snapshot(now)).toList();
    }

    /**
     * Matches detections to the given tracks by IoU at or above {@code minIou}; matched tracks are updated and
     * removed from {@code candidates}.
     *
     * @return the detections left unmatched
     */
    private List<Detection> associate(List<TrackedObject> candidates, List<Detection> dets, double minIou,
                                      double time) {
        if (candidates.isEmpty() || dets.isEmpty()) {
            return new ArrayList<>(dets);
        }
        double[][] cost = new double[candidates.size()][dets.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Box predicted = candidates.get(i).box();
            for (int j = 0; j < dets.size(); j++) {
                double iou = predicted.iou(Box.of(dets.get(j)));
                cost[i][j] = iou >= minIou ? 1 - iou : NO_MATCH;
            }
        }
        int[] assigned = Hungarian.solve(cost);
        boolean[] used = new boolean[dets.size()];
        List<TrackedObject> matched = new ArrayList<>();
        for (int i = 0; i < assigned.length; i++) {
            int j = assigned[i];
            if (j >= 0 && cost[i][j] < NO_MATCH) {
                candidates.get(i).match(dets.get(j), time);
                used[j] = true;
                matched.add(candidates.get(i));
            }
        }
        candidates.removeAll(matched);
        List<Detection> left = new ArrayList<>();
        for (int j = 0; j < dets.size(); j++) {
            if (!used[j]) {
                left.add(dets.get(j));
            }
        }
        return left;
    }
}
