package city.relais.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    private static final long MS = 1_000_000L;

    @Test
    void nearest_rank_quantiles_of_one_to_a_hundred_milliseconds() {
        // 100 samples 1..100 ms, shuffled: p50 is the 50th smallest, p99 the 99th
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        LatencySummary s = LatencySummary.ofNanos(nanos);
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.p50Millis()).isEqualTo(50.0);
        assertThat(s.p99Millis()).isEqualTo(99.0);
        assertThat(s.maxMillis()).isEqualTo(100.0);
        assertThat(s.meanMillis()).isEqualTo(50.5);
        assertThat(nanos[0]).as("the caller's array is left as it was").isEqualTo(38 * MS);
    }

    @Test
    void one_slow_sample_in_a_hundred_and_one_shows_in_the_p99() {
        long[] nanos = new long[101];
        java.util.Arrays.fill(nanos, 4 * MS);
        nanos[100] = 250 * MS;
        nanos[50] = 6 * MS;
        LatencySummary s = LatencySummary.ofNanos(nanos);
        // rank ceil(0.99 * 101) = 100: the second largest (6 ms); the largest is the max
        assertThat(s.p99Millis()).isEqualTo(6.0);
        assertThat(s.p50Millis()).isEqualTo(4.0);
        assertThat(s.maxMillis()).isEqualTo(250.0);
    }

    @Test
    void few_samples_take_the_largest_as_p99_and_the_lower_middle_as_median() {
        LatencySummary s = LatencySummary.ofNanos(List.of(3_000_000L, 1_000_000L, 2_500_000L, 2_000_000L));
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.p50Millis()).isEqualTo(2.0);
        assertThat(s.p99Millis()).isEqualTo(3.0);
        assertThat(s.meanMillis()).isEqualTo(2.125);
        assertThat(s.brief()).isEqualTo("p50 2.00 ms, p99 3.00 ms, max 3.0 ms");
    }

    @Test
    void no_sample_gives_not_a_number_and_says_so() {
        LatencySummary s = LatencySummary.ofNanos(new long[0]);
        assertThat(s.count()).isZero();
        assertThat(s.p99Millis()).isNaN();
        assertThat(s.brief()).isEqualTo("no sample");
        assertThatThrownBy(() -> LatencySummary.quantile(new long[] {1}, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }
}
