package city.relais.vision.scenario;

import java.util.ArrayList;
import java.util.List;

/** Running counts of one skill over a suite: true and false positives, misses, and detection latencies. */
public final class SkillScore {

    private int tp;
    private int fp;
    private int fn;
    private final List<Double> latencies = new ArrayList<>();

    void hit(double latency) {
        tp++;
        latencies.add(latency);
    }

    void falseAlarm() {
        fp++;
    }

    void miss() {
        fn++;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    /** tp / (tp + fp); 1 when nothing was emitted. */
    public double precision() {
        return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    /** tp / (tp + fn); 1 when nothing was expected. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    /** Median latency in seconds over the true positives; NaN when there is none. */
    public double latencyP50() {
        if (latencies.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(latencies);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
