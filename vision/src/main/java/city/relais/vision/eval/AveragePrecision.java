package city.relais.vision.eval;

import city.relais.vision.geometry.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detection average precision at IoU 0.5 (all-point interpolated, as in PASCAL VOC 2010+ / COCO AP50 for one class).
 * Per frame, detections are matched greedily by descending score to the unmatched ground-truth box of highest IoU.
 */
public final class AveragePrecision {

    private static final double IOU = 0.5;

    private record Scored(double score, boolean truePositive) {
    }

    private final List<Scored> all = new ArrayList<>();
    private int truths;

    /** Adds one frame: its ground-truth boxes and the detections (with scores) to judge. */
    public void add(List<Box> truth, List<Box> boxes, List<Double> scores) {
        truths += truth.size();
        Integer[] order = new Integer[boxes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -scores.get(i)));
        boolean[] taken = new boolean[truth.size()];
        for (int i : order) {
            int best = -1;
            double bestIou = IOU;
            for (int g = 0; g < truth.size(); g++) {
                double iou = truth.get(g).iou(boxes.get(i));
                if (!taken[g] && iou >= bestIou) {
                    best = g;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                taken[best] = true;
            }
            all.add(new Scored(scores.get(i), best >= 0));
        }
    }

    /** AP50 over everything added. */
    public double ap() {
        List<Scored> sorted = sorted();
        int n = sorted.size();
        double[] precision = new double[n];
        double[] recall = new double[n];
        int tp = 0;
        for (int i = 0; i < n; i++) {
            tp += sorted.get(i).truePositive ? 1 : 0;
            precision[i] = tp / (double) (i + 1);
            recall[i] = truths == 0 ? 0 : tp / (double) truths;
        }
        for (int i = n - 2; i >= 0; i--) {
            precision[i] = Math.max(precision[i], precision[i + 1]);
        }
        double ap = 0;
        double previousRecall = 0;
        for (int i = 0; i < n; i++) {
            ap += (recall[i] - previousRecall) * precision[i];
            previousRecall = recall[i];
        }
        return ap;
    }

    /** Recall of the detections scoring at least {@code minScore}. */
    public double recall(double minScore) {
        long tp = all.stream().filter(s -> s.score >= minScore && s.truePositive).count();
        return truths == 0 ? 0 : tp / (double) truths;
    }

    /** Precision of the detections scoring at least {@code minScore}. */
    public double precision(double minScore) {
        long kept = all.stream().filter(s -> s.score >= minScore).count();
        long tp = all.stream().filter(s -> s.score >= minScore && s.truePositive).count();
        return kept == 0 ? 0 : tp / (double) kept;
    }

    private List<Scored> sorted() {
        List<Scored> s = new ArrayList<>(all);
        s.sort(Comparator.comparingDouble(x -> -x.score));
        return s;
    }
}
