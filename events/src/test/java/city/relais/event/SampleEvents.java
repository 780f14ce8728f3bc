package city.relais.event;

import java.time.Instant;

/** Events with every field, and with only the required ones, for the codec tests. */
final class SampleEvents {

    static final Instant TIME = Instant.parse("2025-05-01T08:30:00.123Z");

    private SampleEvents() {
    }

    static CityEvent full(EventType type) {
        return CityEvent.builder(type, "cam-north-3")
                .id("evt-" + type.wireName())
                .time(TIME)
                .zone("crossing-a")
                .trackId(4711)
                .objectClass("car")
                .confidence(0.87)
                .measurement("speedKmh", 42.5)
                .measurement("dwellSeconds", 12)
                .explanation("car stopped in crossing-a for 12 s (threshold 10 s)")
                .evidence("clips/cam-north-3/2025-05-01T08-30-00.mp4")
                .build();
    }

    static CityEvent minimal(EventType type) {
        return CityEvent.builder(type, "cam-7").id("evt-min-" + type.wireName()).time(TIME).build();
    }
}
