package city.relais.event;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples in EVENTS.md are what external detectors copy: they must decode. */
class EventsDocTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void examples_in_events_md_decode() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(Files.readString(Path.of("EVENTS.md")));
        while (block.find()) {
            examples.add(block.group(1));
        }
        assertThat(examples).hasSize(2);

        CityEvent full = codec.decode(examples.get(0));
        assertThat(full.type()).isEqualTo(EventType.EMERGENCY_APPROACHING);
        assertThat(full.time()).isEqualTo(Instant.parse("2025-05-01T08:30:12.345Z"));
        assertThat(full.measurements()).containsKeys("distanceM", "speedKmh");
        assertThat(codec.encodeToString(full)).isEqualTo(examples.get(0).replaceAll("\\s*\\n\\s*", "")
                .replace("\" : ", "\":"));

        assertThat(codec.decode(examples.get(1))).isEqualTo(CityEvent.builder(EventType.CAMERA_DOWN, "cam-7")
                .id("e-1").time(Instant.parse("2025-05-01T08:30:00Z")).build());
    }
}
