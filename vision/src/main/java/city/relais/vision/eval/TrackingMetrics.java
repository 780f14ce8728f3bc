package city.relais.vision.eval;

import city.relais.vision.geometry.Box;
import city.relais.vision.track.Hungarian;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CLEAR-MOT (MOTA, id switches) and IDF1 at IoU 0.5, fed frame by frame. Per frame, the correspondences of the
 * previous frame are kept while their IoU stays at or above 0.5; the rest is matched with the Hungarian algorithm on
 * 1 − IoU. An id switch is counted when a ground-truth object is matched to another hypothesis id than the one it was
 * last matched to. IDF1 matches ground-truth and hypothesis trajectories globally (Hungarian on frames in common).
 */
public final class TrackingMetrics {

    private static final double IOU = 0.5;

    /** One box with its identity. */
    public record Labelled(long id, Box box) {
    }

    private final Map<Long, Long> current = new HashMap<>();
    private final Map<Long, Long> lastMatch = new HashMap<>();
    private final Map<Long, Map<Long, Integer>> together = new HashMap<>();
    private long truths;
    private long hypotheses;
    private long misses;
    private long falsePositives;
    private long switches;

    /** Adds one frame's ground truth and tracker output. */
    public void add(List<Labelled> truth, List<Labelled> output) {
        truths += truth.size();
        hypotheses += output.size();
        addIdOverlaps(truth, output);
        Map<Long, Long> matches = match(truth, output);
        for (Map.Entry<Long, Long> m : matches.entrySet()) {
            Long previous = lastMatch.put(m.getKey(), m.getValue());
            if (previous != null && !previous.equals(m.getValue())) {
                switches++;
            }
        }
        misses += truth.size() - matches.size();
        falsePositives += output.size() - matches.size();
        current.clear();
        current.putAll(matches);
    }

    private Map<Long, Long> match(List<Labelled> truth, List<Labelled> output) {
        Map<Long, Long> matches = new HashMap<>();
        Map<Long, Box> hyp = new HashMap<>();
        output.forEach(o -> hyp.put(o.id(), o.box()));
        List<Labelled> openTruth = new ArrayList<>();
        for (Labelled t : truth) {
            Long kept = current.get(t.id());
            if (kept != null && hyp.containsKey(kept) && t.box().iou(hyp.get(kept)) >= IOU) {
                matches.put(t.id(), kept);
                hyp.remove(kept);
            } else {
                openTruth.add(t);
            }
        }
        List<Labelled> openHyp = output.stream().filter(o -> hyp.containsKey(o.id())).toList();
        double[][] cost = new double[openTruth.size()][openHyp.size()];
        for (int i = 0; i < openTruth.size(); i++) {
            for (int j = 0; j < openHyp.size(); j++) {
                double iou = openTruth.get(i).box().iou(openHyp.get(j).box());
                cost[i][j] = iou >= IOU ? 1 - iou : 1e6;
            }
        }
        int[] assigned = Hungarian.solve(cost);
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0 && cost[i][assigned[i]] < 1e6) {
                matches.put(openTruth.get(i).id(), openHyp.get(assigned[i]).id());
            }
        }
        return matches;
    }

    private void addIdOverlaps(List<Labelled> truth, List<Labelled> output) {
        for (Labelled t : truth) {
            for (Labelled o : output) {
                if (t.box().iou(o.box()) >= IOU) {
                    together.computeIfAbsent(t.id(), k -> new HashMap<>()).merge(o.id(), 1, Integer::sum);
                }
            }
        }
    }

    /** MOTA = 1 − (misses + false positives + id switches) / ground-truth boxes. */
    public double mota() {
        return truths == 0 ? 0 : 1 - (misses + falsePositives + switches) / (double) truths;
    }

    public long idSwitches() {
        return switches;
    }

    public long misses() {
        return misses;
    }

    public long falsePositives() {
        return falsePositives;
    }

    /** IDF1 = 2 IDTP / (ground-truth boxes + hypothesis boxes), trajectories matched one to one. */
    public double idf1() {
        if (truths + hypotheses == 0) {
            return 0;
        }
        List<Long> gtIds = new ArrayList<>(together.keySet());
        List<Long> hypIds = together.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        double[][] cost = new double[gtIds.size()][hypIds.size()];
        for (int i = 0; i < gtIds.size(); i++) {
            Map<Long, Integer> row = together.get(gtIds.get(i));
            for (int j = 0; j < hypIds.size(); j++) {
                cost[i][j] = -row.getOrDefault(hypIds.get(j), 0);
            }
        }
        int[] assigned = Hungarian.solve(cost);
        long idtp = 0;
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0) {
                idtp += (long) -cost[i][assigned[i]];
            }
        }
        return 2.0 * idtp / (truths + hypotheses);
    }
}
