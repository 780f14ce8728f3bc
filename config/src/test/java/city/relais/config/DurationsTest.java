package city.relais.config;

import city.relais.config.load.Durations;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @Test
    void parses_every_accepted_unit() {
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("60s")).contains(Duration.ofSeconds(60));
        assertThat(Durations.parse("10min")).contains(Duration.ofMinutes(10));
        assertThat(Durations.parse("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parse("7d")).contains(Duration.ofDays(7));
    }

    @Test
    void refuses_bare_numbers_minutes_written_m_and_other_units() {
        assertThat(Durations.parse("60")).isEmpty();
        assertThat(Durations.parse("10m")).isEmpty();
        assertThat(Durations.parse("1.5s")).isEmpty();
        assertThat(Durations.parse("1w")).isEmpty();
        assertThat(Durations.refusal("1w")).isEqualTo("'1w' is not a duration: write a whole number and a unit, "
                + "ms, s, min, h or d (e.g. 500ms, 60s, 10min, 2h, 7d)");
    }

    @Test
    void formats_with_the_largest_exact_unit() {
        assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10min");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofDays(365))).isEqualTo("365d");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }
}
