package city.relais.hub.lighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import city.relais.config.Site;
import city.relais.config.TimeWindow;
import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.event.EventType;
import city.relais.hub.lighting.LightingDecision.Release;
import city.relais.hub.lighting.LightingDecision.SetLevel;

import org.junit.jupiter.api.Test;

class DimmingPolicyTest {

    private static final Site PARIS = new Site("Paris", ZoneId.of("Europe/Paris"), 48.8566, 2.3522);
    private static final Instant NIGHT = Instant.parse("2026-12-01T22:00:00Z");

    private static DimWhenEmptyParams params(TimeWindow night, int maxChanges) {
        return new DimWhenEmptyParams(night, 20, 100, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(60), maxChanges, Duration.ofMinutes(5));
    }

    private static DimmingPolicy policy(int maxChanges) {
        return new DimmingPolicy(params(TimeWindow.ALWAYS, maxChanges), new NightWindow(TimeWindow.ALWAYS, PARIS));
    }

    private static double level(Optional<LightingDecision> decision) {
        return ((SetLevel) decision.orElseThrow()).levelPercent();
    }

    @Test
    void dims_to_floor_after_hold_when_zone_empty_and_rises_on_presence() {
        DimmingPolicy policy = policy(12);
        Optional<LightingDecision> up = policy.onEvent(EventType.ZONE_OCCUPIED, NIGHT, NIGHT);
        assertThat(level(up)).isEqualTo(100);
        assertThat(((SetLevel) up.orElseThrow()).ramp()).isEqualTo(Duration.ofSeconds(1));

        Instant empty = NIGHT.plusSeconds(30);
        assertThat(policy.onEvent(EventType.ZONE_EMPTY, empty, empty)).isEmpty();
        assertThat(policy.onTick(empty.plusSeconds(59))).as("still in the hold").isEmpty();
        Optional<LightingDecision> down = policy.onTick(empty.plusSeconds(60));
        assertThat(level(down)).isEqualTo(20);
        assertThat(((SetLevel) down.orElseThrow()).ramp()).isEqualTo(Duration.ofSeconds(30));

        Instant again = empty.plusSeconds(120);
        assertThat(level(policy.onEvent(EventType.ZONE_OCCUPIED, again, again))).isEqualTo(100);
    }

    @Test
    void a_zone_empty_for_longer_than_the_hold_goes_straight_to_the_floor() {
        DimmingPolicy policy = policy(12);
        Instant longAgo = NIGHT.minusSeconds(600);
        assertThat(level(policy.onEvent(EventType.ZONE_EMPTY, longAgo, NIGHT))).isEqualTo(20);
    }

    @Test
    void anti_cycling_holds_under_an_event_storm_and_never_leaves_presence_in_the_dark() {
        int max = 6;
        DimmingPolicy policy = new DimmingPolicy(new DimWhenEmptyParams(TimeWindow.ALWAYS, 20, 100, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, max, Duration.ofMinutes(5)), new NightWindow(TimeWindow.ALWAYS, PARIS));
        List<Double> levels = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Instant t = NIGHT.plusMillis(i * 60L);
            EventType type = i % 2 == 0 ? EventType.ZONE_OCCUPIED : EventType.ZONE_EMPTY;
            policy.onEvent(type, t, t).filter(d -> d instanceof SetLevel s && !s.renewal())
                    .ifPresent(d -> levels.add(((SetLevel) d).levelPercent()));
        }
        assertThat(levels).hasSizeLessThanOrEqualTo(max);
        assertThat(levels).allSatisfy(l -> assertThat(l).isGreaterThanOrEqualTo(20));
        Instant last = NIGHT.plusSeconds(61);
        policy.onEvent(EventType.ZONE_OCCUPIED, last, last);
        assertThat(policy.mode()).as("a presence after the storm finds the lamps up")
                .isEqualTo(DimmingPolicy.Mode.PRESENCE);
    }

    @Test
    void outside_the_night_window_the_lamps_follow_their_program() {
        TimeWindow tenToSix = new TimeWindow(TimeWindow.Bound.clock(LocalTime.of(22, 0)),
                TimeWindow.Bound.clock(LocalTime.of(6, 0)));
        DimmingPolicy policy = new DimmingPolicy(params(tenToSix, 12), new NightWindow(tenToSix, PARIS));
        Instant evening = Instant.parse("2026-12-01T21:30:00Z");   // 22:30 in Paris
        assertThat(level(policy.onEvent(EventType.ZONE_EMPTY, evening.minusSeconds(120), evening))).isEqualTo(20);
        Instant morning = Instant.parse("2026-12-02T05:00:00Z");   // 06:00 in Paris
        assertThat(policy.onTick(morning)).get().isInstanceOf(Release.class);
        assertThat(policy.mode()).isEqualTo(DimmingPolicy.Mode.PROGRAM);
    }

    @Test
    void camera_down_releases_and_camera_up_waits_for_the_zone_state() {
        DimmingPolicy policy = policy(12);
        policy.onEvent(EventType.ZONE_EMPTY, NIGHT.minusSeconds(120), NIGHT);
        assertThat(policy.onEvent(EventType.CAMERA_DOWN, NIGHT.plusSeconds(1), NIGHT.plusSeconds(1)))
                .get().extracting(LightingDecision::reason).isEqualTo("camera down");
        assertThat(policy.onEvent(EventType.CAMERA_UP, NIGHT.plusSeconds(2), NIGHT.plusSeconds(2))).isEmpty();
        assertThat(policy.mode()).isEqualTo(DimmingPolicy.Mode.PROGRAM);
        Instant empty = NIGHT.plusSeconds(3);
        assertThat(level(policy.onEvent(EventType.ZONE_EMPTY, empty, empty))).as("held after the empty event")
                .isEqualTo(100);
        assertThat(level(policy.onTick(empty.plusSeconds(60)))).isEqualTo(20);
    }

    @Test
    void broker_unreachable_releases_and_recovery_waits_for_the_zone_state() {
        DimmingPolicy policy = policy(12);
        policy.onEvent(EventType.ZONE_EMPTY, NIGHT.minusSeconds(120), NIGHT);
        assertThat(policy.onEventFlow(false, NIGHT.plusSeconds(5))).get()
                .extracting(LightingDecision::reason).isEqualTo("events not flowing (broker unreachable)");
        assertThat(policy.onEventFlow(true, NIGHT.plusSeconds(10))).isEmpty();
        assertThat(policy.mode()).isEqualTo(DimmingPolicy.Mode.PROGRAM);
        assertThat(level(policy.onEvent(EventType.ZONE_EMPTY, NIGHT.minusSeconds(60), NIGHT.plusSeconds(11))))
                .isEqualTo(20);
    }

    @Test
    void a_group_lit_by_two_zones_stays_up_while_either_is_occupied() {
        DimmingPolicy policy = policy(12);
        Instant t = NIGHT.minusSeconds(300);
        policy.onEvent(EventType.ZONE_OCCUPIED, "north", t, NIGHT);
        policy.onEvent(EventType.ZONE_OCCUPIED, "south", t.plusSeconds(1), NIGHT);
        policy.onEvent(EventType.ZONE_EMPTY, "north", t.plusSeconds(2), NIGHT);
        assertThat(policy.onTick(NIGHT.plusSeconds(120))).as("south still occupied").isEmpty();
        assertThat(policy.mode()).isEqualTo(DimmingPolicy.Mode.PRESENCE);
        policy.onEvent(EventType.ZONE_EMPTY, "south", NIGHT.plusSeconds(121), NIGHT.plusSeconds(121));
        assertThat(level(policy.onTick(NIGHT.plusSeconds(181)))).isEqualTo(20);
    }

    @Test
    void the_lease_is_renewed_before_it_expires() {
        DimmingPolicy policy = policy(12);
        policy.onEvent(EventType.ZONE_EMPTY, NIGHT.minusSeconds(120), NIGHT);
        assertThat(policy.onTick(NIGHT.plusSeconds(199))).isEmpty();
        Optional<LightingDecision> renewal = policy.onTick(NIGHT.plusSeconds(200));
        assertThat(renewal).get().isEqualTo(new SetLevel(20, Duration.ZERO, true, "lease renewal"));
    }

    @Test
    void an_older_event_arriving_late_changes_nothing() {
        DimmingPolicy policy = policy(12);
        policy.onEvent(EventType.ZONE_EMPTY, NIGHT.minusSeconds(120), NIGHT);
        assertThat(policy.onEvent(EventType.ZONE_OCCUPIED, NIGHT.minusSeconds(125), NIGHT.plusSeconds(1)))
                .isEmpty();
        assertThat(policy.mode()).isEqualTo(DimmingPolicy.Mode.FLOOR);
    }

    @Test
    void hub_stop_releases_the_lamps() {
        DimmingPolicy policy = policy(12);
        policy.onEvent(EventType.ZONE_OCCUPIED, NIGHT, NIGHT);
        assertThat(policy.onStop()).get().isInstanceOf(Release.class);
        assertThat(policy.onStop()).isEmpty();
    }

    @Test
    void sunset_to_sunrise_follows_the_sun_at_the_site() {
        NightWindow night = new NightWindow(TimeWindow.SUNSET_TO_SUNRISE, PARIS);
        assertThat(night.isNight(Instant.parse("2026-12-21T11:00:00Z"))).as("noon").isFalse();
        assertThat(night.isNight(Instant.parse("2026-12-21T17:30:00Z"))).as("18:30 in December").isTrue();
        assertThat(night.isNight(Instant.parse("2026-12-21T06:00:00Z"))).as("07:00 in December").isTrue();
        assertThat(night.isNight(Instant.parse("2026-06-21T19:00:00Z"))).as("21:00 in June").isFalse();
    }
}
