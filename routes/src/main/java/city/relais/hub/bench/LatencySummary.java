package city.relais.hub.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * A latency distribution as the benchmarks print it: how many samples, nearest-rank p50 and p99, the largest and the
 * mean, in milliseconds. Nearest rank: the q-quantile of n sorted samples is the sample at rank ceil(q·n) (1-based),
 * so a p99 over 100 samples is the 99th smallest and one slow sample in 100 does not hide.
 *
 * @param count      samples
 * @param p50Millis  median (NaN when there is no sample)
 * @param p99Millis  99th percentile (NaN when there is no sample)
 * @param maxMillis  largest sample (NaN when there is no sample)
 * @param meanMillis arithmetic mean (NaN when there is no sample)
 */
public record LatencySummary(int count, double p50Millis, double p99Millis, double maxMillis, double meanMillis) {

    /** The summary of samples given in nanoseconds (any order; the array is not changed). */
    public static LatencySummary ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencySummary(sorted.length, quantile(sorted, 0.50) / 1e6, quantile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6, sum / sorted.length / 1e6);
    }

    /** The summary of samples given in nanoseconds. */
    public static LatencySummary ofNanos(Collection<Long> nanos) {
        return ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** Nearest-rank quantile of sorted samples: the sample at 1-based rank ceil(q·n), clamped to [1, n]. */
    static long quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no sample");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be within [0, 1], got " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }

    /** {@code p50 4.62 ms, p99 27.92 ms, max 58.5 ms} (or {@code no sample}). */
    public String brief() {
        if (count == 0) {
            return "no sample";
        }
        return String.format(java.util.Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.1f ms", p50Millis, p99Millis,
                maxMillis);
    }
}
