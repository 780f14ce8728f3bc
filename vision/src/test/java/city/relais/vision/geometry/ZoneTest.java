package city.relais.vision.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoneTest {

    private final Zone square = new Zone("crossing", Drawings.rect(0.2, 0.2, 0.6, 0.6));

    @Test
    void tests_the_bottom_centre_of_a_box_not_its_centre() {
        Box feetInside = new Box(0.3, 0.0, 0.2, 0.5);   // centre (0.4, 0.25) inside, bottom-centre (0.4, 0.5) inside
        Box feetBelow = new Box(0.3, 0.3, 0.2, 0.4);    // centre (0.4, 0.5) inside, bottom-centre (0.4, 0.7) outside
        assertThat(square.contains(feetInside)).isTrue();
        assertThat(square.contains(feetBelow)).isFalse();
    }

    @Test
    void counts_the_edge_as_inside_and_knows_its_area() {
        assertThat(square.contains(new ImagePoint(0.6, 0.4))).isTrue();
        assertThat(square.contains(new ImagePoint(0.6001, 0.4))).isFalse();
        assertThat(square.area()).isCloseTo(0.16, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void handles_a_concave_zone() {
        Zone u = new Zone("u", Drawings.polygon(0.1, 0.1, 0.3, 0.1, 0.3, 0.8, 0.7, 0.8, 0.7, 0.1, 0.9, 0.1,
                0.9, 0.9, 0.1, 0.9));
        assertThat(u.contains(new ImagePoint(0.5, 0.5))).isFalse();
        assertThat(u.contains(new ImagePoint(0.5, 0.85))).isTrue();
        assertThat(u.contains(new ImagePoint(0.2, 0.5))).isTrue();
    }

    @Test
    void membership_needs_inertia_consecutive_frames_to_enter_and_to_leave() {
        ZoneMembership m = new ZoneMembership(square, 3);
        Box in = new Box(0.3, 0.2, 0.1, 0.2);
        Box out = new Box(0.7, 0.7, 0.1, 0.2);
        assertThat(m.update(7, in)).isFalse();
        assertThat(m.update(7, in)).isFalse();
        assertThat(m.update(7, out)).isFalse();     // the streak restarts
        assertThat(m.update(7, in)).isFalse();
        assertThat(m.update(7, in)).isFalse();
        assertThat(m.update(7, in)).isTrue();
        assertThat(m.members()).containsExactly(7L);
        assertThat(m.update(7, out)).isTrue();      // one stray box does not make it leave
        assertThat(m.update(7, in)).isTrue();
        assertThat(m.update(7, out)).isTrue();
        assertThat(m.update(7, out)).isTrue();
        assertThat(m.update(7, out)).isFalse();
        assertThat(m.isInside(7)).isFalse();
    }

    @Test
    void membership_is_per_track_and_forgets_ended_tracks() {
        ZoneMembership m = new ZoneMembership(square, 1);
        m.update(1, new Box(0.3, 0.2, 0.1, 0.2));
        m.update(2, new Box(0.7, 0.7, 0.1, 0.2));
        assertThat(m.members()).containsExactly(1L);
        m.forget(1);
        assertThat(m.members()).isEmpty();
    }

    @Test
    void rejects_inertia_below_one() {
        assertThatThrownBy(() -> new ZoneMembership(square, 0)).hasMessageContaining("inertia must be >= 1");
    }
}
