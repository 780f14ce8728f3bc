package city.relais.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static city.relais.event.EventType.ZONE_OCCUPIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityEventTest {

    private static CityEvent.Builder event() {
        return CityEvent.builder(ZONE_OCCUPIED, "cam-1");
    }

    @Test
    void builder_defaults_to_a_random_uuid_and_now_in_millis() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CityEvent first = event().build();
        Instant after = Instant.now();

        assertThat(UUID.fromString(first.id())).isNotNull();
        assertThat(event().build().id()).isNotEqualTo(first.id());
        assertThat(first.time()).isBetween(before, after).isEqualTo(first.time().truncatedTo(ChronoUnit.MILLIS));
        assertThat(first.zone()).isNull();
        assertThat(first.trackId()).isNull();
        assertThat(first.confidence()).isNull();
        assertThat(first.measurements()).isEmpty();
    }

    @Test
    void builder_sets_every_field() {
        CityEvent e = SampleEvents.full(EventType.BIN_LEVEL);

        assertThat(e).isEqualTo(new CityEvent("evt-bin.level", EventType.BIN_LEVEL, SampleEvents.TIME, "cam-north-3",
                "crossing-a", 4711L, "car", 0.87, Map.of("speedKmh", 42.5, "dwellSeconds", 12.0),
                "car stopped in crossing-a for 12 s (threshold 10 s)", "clips/cam-north-3/2025-05-01T08-30-00.mp4"));
    }

    @Test
    void measurements_are_sorted_unmodifiable_and_never_null() {
        Map<String, Double> given = new HashMap<>(Map.of("zeta", 1.0, "alpha", 2.0, "mid", 3.0));
        CityEvent e = new CityEvent("x", ZONE_OCCUPIED, Instant.EPOCH, "c", null, null, null, null, given, null, null);
        given.put("late", 4.0);

        assertThat(e.measurements().keySet()).containsExactly("alpha", "mid", "zeta");
        assertThatThrownBy(() -> e.measurements().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new CityEvent("x", ZONE_OCCUPIED, Instant.EPOCH, "c", null, null, null, null, null, null, null)
                .measurements()).isNotNull().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cam-1", "-cam", "cam_1", "cam 1", "", "cäm",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
    void rejects_camera_pattern_violation(String camera) {
        assertThatThrownBy(() -> CityEvent.builder(ZONE_OCCUPIED, camera).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("camera: '")
                .hasMessageContaining("must match [a-z0-9][a-z0-9-]*");
    }

    @Test
    void accepts_camera_and_zone_ids_at_the_limits() {
        String longest = "a" + "-".repeat(63);
        assertThatNoException().isThrownBy(() -> CityEvent.builder(ZONE_OCCUPIED, "0").zone(longest).build());
    }

    @Test
    void rejects_zone_pattern_violation() {
        assertThatThrownBy(() -> event().zone("Crossing A").build()).hasMessageStartingWith("zone: 'Crossing A'");
    }

    @Test
    void rejects_missing_required_fields() {
        assertThatThrownBy(() -> CityEvent.builder(null, "cam-1").build()).hasMessage("type: is required");
        assertThatThrownBy(() -> CityEvent.builder(ZONE_OCCUPIED, null).build()).hasMessage("camera: is required");
        assertThatThrownBy(() -> new CityEvent("x", ZONE_OCCUPIED, null, "c", null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("time: is required");
    }

    @Test
    void rejects_blank_or_long_id() {
        assertThatThrownBy(() -> event().id(" ").build()).hasMessage("id: must not be blank");
        assertThatThrownBy(() -> event().id("i".repeat(129)).build())
                .hasMessage("id: 129 characters, at most 128 allowed");
        assertThatNoException().isThrownBy(() -> event().id("i".repeat(128)).build());
    }

    @Test
    void rejects_negative_track_id() {
        assertThatThrownBy(() -> event().trackId(-1).build()).hasMessage("trackId: -1 must be >= 0");
        assertThat(event().trackId(0).build().trackId()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejects_confidence_outside_0_1(double confidence) {
        assertThatThrownBy(() -> event().confidence(confidence).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence: " + confidence + " is outside 0..1");
    }

    @Test
    void accepts_confidence_at_both_bounds() {
        assertThat(event().confidence(0).build().confidence()).isZero();
        assertThat(event().confidence(1).build().confidence()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejects_non_finite_measurement(double value) {
        assertThatThrownBy(() -> event().measurement("fill", value).build())
                .hasMessage("measurements.fill: " + value + " is not a finite number");
    }

    @Test
    void rejects_bad_measurement_names_and_null_values() {
        assertThatThrownBy(() -> event().measurement(" ", 1).build())
                .hasMessage("measurements: a measurement name is blank");
        assertThatThrownBy(() -> event().measurement("n".repeat(65), 1).build())
                .hasMessageStartingWith("measurements: name 'nnn");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("fill", null);
        assertThatThrownBy(() -> new CityEvent("x", ZONE_OCCUPIED, Instant.EPOCH, "c", null, null, null, null,
                withNull, null, null)).hasMessage("measurements.fill: null is not a finite number");
    }

    @Test
    void rejects_too_many_measurements() {
        CityEvent.Builder builder = event();
        for (int i = 0; i <= CityEvent.MAX_MEASUREMENTS; i++) {
            builder.measurement("m" + i, i);
        }
        assertThatThrownBy(builder::build).hasMessage("measurements: 65 entries, at most 64 allowed");
    }

    @Test
    void bounds_explanation_and_object_class() {
        assertThatNoException().isThrownBy(() -> event().explanation("e".repeat(4000)).build());
        assertThatThrownBy(() -> event().explanation("e".repeat(4001)).build())
                .hasMessage("explanation: 4001 characters, at most 4000 allowed");
        assertThatThrownBy(() -> event().objectClass("").build()).hasMessage("objectClass: must not be blank");
    }

    @Test
    void evidence_is_a_short_reference_never_image_bytes() {
        assertThatNoException().isThrownBy(() -> event().evidence("e".repeat(512)).build());
        assertThatThrownBy(() -> event().evidence("e".repeat(513)).build())
                .hasMessage("evidence: 513 characters, at most 512 allowed");
        assertThatThrownBy(() -> event().evidence("data:image/png;base64,iVBORw0KGgo=").build())
                .hasMessage("evidence: must be a reference to stored evidence, not a data: URI");
    }
}
