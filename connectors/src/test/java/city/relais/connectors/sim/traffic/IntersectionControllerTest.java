package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.CallKind;
import city.relais.connectors.traffic.RequestStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated controller alone, stepped on a manual clock: exact times, no network. */
class IntersectionControllerTest {

    private static final Instant T0 = Instant.parse("2026-11-28T03:00:00Z");
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock(T0);
    private final IntersectionController controller = new IntersectionController(new Intersection(),
            SignalTimings.defaults(), clock, Intersection.EW_PHASE);

    private void run(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 100) {
            clock.advance(Duration.ofMillis(100));
            controller.tick();
            assertThat(controller.monitor().tripped()).isFalse();
        }
    }

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void a_request_on_north_during_east_west_green_gets_an_early_green_after_yellow_and_red_clearance() {
        assertThat(controller.request(0, 7, 1, 1, 1, Duration.ZERO, Duration.ofSeconds(20), LIFETIME,
                Duration.ZERO)).isEqualTo(RequestStatus.QUEUED);
        run(Duration.ofSeconds(12));

        assertThat(controller.log()).extracting(SignalChange::time, SignalChange::phase, SignalChange::indication)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at(0), 4, Indication.GREEN),
                        org.assertj.core.groups.Tuple.tuple(at(5), 4, Indication.YELLOW),
                        org.assertj.core.groups.Tuple.tuple(at(8), 0, Indication.RED),
                        org.assertj.core.groups.Tuple.tuple(at(10), 2, Indication.GREEN));
        assertThat(controller.log().get(3).reason()).isEqualTo("early green for priority request 7 (approach N)");
        assertThat(controller.heads()).containsEntry(1, Indication.GREEN).containsEntry(3, Indication.RED);
        assertThat(controller.history(7)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING,
                RequestStatus.SERVED);
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }

    @Test
    void a_desired_service_time_later_than_the_clearance_delays_the_change_until_it_is_due() {
        controller.request(0, 8, 1, 1, 1, Duration.ofSeconds(12), Duration.ofSeconds(20), LIFETIME, Duration.ZERO);
        run(Duration.ofSeconds(13));
        assertThat(controller.log()).extracting(SignalChange::time).containsExactly(at(0), at(7), at(10), at(12));
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }

    @Test
    void a_request_on_the_green_phase_is_served_at_once_as_a_green_extension_and_holds_against_calls() {
        controller.placeCall(1, CallKind.VEHICLE);
        controller.request(0, 9, 3, 1, 1, Duration.ZERO, Duration.ofSeconds(10), LIFETIME, Duration.ZERO);
        run(Duration.ofSeconds(20));
        assertThat(controller.history(9)).containsExactly(RequestStatus.QUEUED, RequestStatus.SERVED);
        assertThat(controller.heads()).containsEntry(3, Indication.GREEN);
        controller.cancel(0);
        run(Duration.ofSeconds(10));
        assertThat(controller.heads()).containsEntry(1, Indication.GREEN);
        assertThat(controller.history(9)).endsWith(RequestStatus.CANCELLED);
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }

    @Test
    void two_simultaneous_requests_on_conflicting_approaches_are_served_one_after_the_other_without_a_conflict() {
        Duration renewed = Duration.ofSeconds(90);
        controller.request(0, 1, 1, 1, 1, Duration.ZERO, Duration.ZERO, renewed, Duration.ZERO);
        controller.request(1, 2, 4, 1, 1, Duration.ZERO, Duration.ZERO, renewed, Duration.ZERO);
        run(Duration.ofSeconds(60));
        assertThat(controller.history(1)).contains(RequestStatus.SERVED);
        assertThat(controller.history(2)).contains(RequestStatus.SERVED);
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }

    @Test
    void a_request_not_updated_within_its_lifetime_expires_and_the_crossing_goes_on() {
        controller.request(0, 3, 1, 1, 1, Duration.ofSeconds(60), Duration.ZERO, Duration.ofSeconds(5),
                Duration.ZERO);
        run(Duration.ofSeconds(6));
        assertThat(controller.history(3)).containsExactly(RequestStatus.QUEUED, RequestStatus.PROCESSING,
                RequestStatus.EXPIRED);
        assertThat(controller.log()).hasSize(1);
    }

    @Test
    void a_vehicle_call_on_north_calls_its_phase_and_the_green_rests_there_after_the_call_is_cleared() {
        controller.placeCall(1, CallKind.VEHICLE);
        run(Duration.ofSeconds(11));
        assertThat(controller.log()).extracting(SignalChange::phase, SignalChange::indication).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, Indication.GREEN),
                org.assertj.core.groups.Tuple.tuple(4, Indication.YELLOW),
                org.assertj.core.groups.Tuple.tuple(0, Indication.RED),
                org.assertj.core.groups.Tuple.tuple(2, Indication.GREEN));
        controller.clearCall(1, CallKind.VEHICLE);
        run(Duration.ofSeconds(30));
        assertThat(controller.log()).hasSize(4);
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }

    @Test
    void a_power_cycle_loses_requests_and_restarts_in_all_red_before_any_green() {
        controller.request(0, 4, 1, 1, 1, Duration.ZERO, Duration.ZERO, LIFETIME, Duration.ZERO);
        run(Duration.ofSeconds(4));
        controller.powerCycle();
        assertThat(controller.slot(0)).isEmpty();
        run(Duration.ofSeconds(5));
        assertThat(controller.log()).extracting(SignalChange::time, SignalChange::phase, SignalChange::indication)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at(0), 4, Indication.GREEN),
                        org.assertj.core.groups.Tuple.tuple(at(4), 0, Indication.RED),
                        org.assertj.core.groups.Tuple.tuple(at(6), 4, Indication.GREEN));
        assertThat(controller.log().get(1).reason()).startsWith("power cycle");
        assertThat(SafetyAudit.violations(controller)).isEmpty();
    }
}
