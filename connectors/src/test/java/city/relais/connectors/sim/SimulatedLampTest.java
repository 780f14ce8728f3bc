package city.relais.connectors.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SimulatedLampTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T22:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SimulatedLamp lamp = new SimulatedLamp("L1", 100, 80, clock);

    @Test
    void ramps_linearly_to_the_commanded_level() {
        lamp.command(20, Duration.ofSeconds(10), clock.instant().plusSeconds(300));
        clock.advance(Duration.ofSeconds(5));
        assertThat(lamp.actualLevel()).isCloseTo(60, within(0.01));
        clock.advance(Duration.ofSeconds(5));
        assertThat(lamp.actualLevel()).isEqualTo(20);
        assertThat(lamp.targetLevel()).isEqualTo(20);
    }

    @Test
    void returns_to_program_when_the_lease_expires() {
        Instant expiry = clock.instant().plusSeconds(60);
        lamp.command(20, Duration.ZERO, expiry);
        clock.advance(Duration.ofSeconds(59));
        assertThat(lamp.targetLevel()).isEqualTo(20);
        clock.advance(Duration.ofSeconds(1));
        assertThat(lamp.targetLevel()).isEqualTo(100);
        assertThat(lamp.leaseExpiry()).isNull();
        assertThat(lamp.history()).extracting(LevelChange::cause)
                .containsExactly(LevelChange.Cause.COMMAND, LevelChange.Cause.LEASE_EXPIRED);
        assertThat(lamp.history().get(1).at()).isEqualTo(expiry);
    }

    @Test
    void counts_switching_cycles_over_the_last_hour_only() {
        for (int i = 0; i < 6; i++) {
            lamp.command(i % 2 == 0 ? 20 : 100, Duration.ZERO, clock.instant().plusSeconds(3600 * 3));
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(lamp.switchingCyclesLastHour()).isEqualTo(4);
        lamp.command(100, Duration.ZERO, clock.instant().plusSeconds(600));
        assertThat(lamp.switchingCyclesLastHour()).as("same level again is no cycle").isEqualTo(4);
    }

    @Test
    void release_goes_back_to_program_and_failure_shows_the_failure_level() {
        lamp.command(30, Duration.ZERO, clock.instant().plusSeconds(600));
        lamp.release();
        assertThat(lamp.targetLevel()).isEqualTo(100);
        assertThat(lamp.leaseExpiry()).isNull();
        lamp.fail(true);
        assertThat(lamp.actualLevel()).isEqualTo(80);
    }

    @Test
    void renew_moves_the_lease_end_without_restarting_the_ramp() {
        lamp.command(20, Duration.ofSeconds(10), clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(5));
        lamp.renew(clock.instant().plusSeconds(120));
        assertThat(lamp.actualLevel()).isCloseTo(60, within(0.01));
        clock.advance(Duration.ofSeconds(100));
        assertThat(lamp.targetLevel()).isEqualTo(20);
        assertThat(lamp.history()).hasSize(1);
        lamp.release();
        lamp.renew(clock.instant().plusSeconds(600));
        assertThat(lamp.leaseExpiry()).as("no lease to renew after release").isNull();
    }
}
