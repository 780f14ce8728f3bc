package city.relais.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmergencyPlaylistsTest {

    /** A 5 s warm-up, then two positives of 8 s whose lights start flashing 2 s into each. */
    private static final EmergencyPlaylists.Playlist PLAYLIST = new EmergencyPlaylists.Playlist(Path.of("p.avi"), 5.0,
            List.of(new EmergencyPlaylists.Segment("emergency-blue-2hz", 5.0, 7.0, 13.0),
                    new EmergencyPlaylists.Segment("emergency-red-3hz", 13.0, 15.0, 21.0)), 210, 21.0);

    @Test
    void an_event_answers_the_segment_it_falls_in_from_one_second_before_its_flashing() {
        assertThat(PLAYLIST.answering(6.0).scenario()).isEqualTo("emergency-blue-2hz");
        assertThat(PLAYLIST.answering(8.3).scenario()).isEqualTo("emergency-blue-2hz");
        assertThat(PLAYLIST.answering(14.0).scenario()).isEqualTo("emergency-red-3hz");
        assertThat(PLAYLIST.answering(20.9).scenario()).isEqualTo("emergency-red-3hz");
    }

    @Test
    void an_event_too_early_in_a_segment_or_outside_every_segment_answers_none() {
        assertThat(PLAYLIST.answering(5.5)).as("1.5 s before the flashing").isNull();
        assertThat(PLAYLIST.answering(13.5)).as("the next segment's lead, before its flashing").isNull();
        assertThat(PLAYLIST.answering(21.0)).as("after the end").isNull();
    }

    @Test
    void the_warm_up_is_what_comes_before_the_first_segment() {
        assertThat(PLAYLIST.warmUp(4.9)).isTrue();
        assertThat(PLAYLIST.warmUp(5.0)).isFalse();
    }

    @Test
    void lamp_cycles_beyond_the_anti_cycling_budget_are_refused() {
        assertThatThrownBy(() -> new ClosedLoopBench.Plan(Path.of("."), 2, 16, 10, 54))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 53");
        assertThat(new ClosedLoopBench.Plan(Path.of("."), 2, 16, 10, 53).lampCycles()).isEqualTo(53);
    }
}
