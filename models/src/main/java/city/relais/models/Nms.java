package city.relais.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Greedy per-class non-maximum suppression. */
public final class Nms {

    private static final Comparator<Detection> BY_SCORE = Comparator.comparingDouble(Detection::score).reversed();

    private Nms() {
    }

    /**
     * Keeps, within each class, the highest-scoring boxes and drops every box of the same class whose IoU with a kept
     * box exceeds {@code iouThreshold}. Boxes of different classes never suppress each other.
     *
     * @param maxPerClass at most this many candidates per class are considered (the highest-scoring)
     * @return the kept detections, highest score first
     */
    public static List<Detection> perClass(List<Detection> candidates, double iouThreshold, int maxPerClass) {
        if (!(iouThreshold > 0 && iouThreshold <= 1) || maxPerClass < 1) {
            throw new IllegalArgumentException("need 0 < iou <= 1 and maxPerClass >= 1, got " + iouThreshold
                    + " and " + maxPerClass);
        }
        Map<Integer, List<Detection>> byClass = new TreeMap<>();
        for (Detection d : candidates) {
            byClass.computeIfAbsent(d.classIndex(), k -> new ArrayList<>()).add(d);
        }
        List<Detection> kept = new ArrayList<>();
        for (List<Detection> sameClass : byClass.values()) {
            sameClass.sort(BY_SCORE);
            kept.addAll(greedy(sameClass.subList(0, Math.min(maxPerClass, sameClass.size())), iouThreshold));
        }
        kept.sort(BY_SCORE);
        return kept;
    }

    private static List<Detection> greedy(List<Detection> sorted, double iouThreshold) {
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : sorted) {
            boolean suppressed = false;
            for (Detection k : kept) {
                if (k.iou(candidate) > iouThreshold) {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
