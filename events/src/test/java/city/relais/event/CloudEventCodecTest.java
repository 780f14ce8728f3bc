package city.relais.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void round_trips_every_event_type(EventType type) throws Exception {
        CityEvent event = SampleEvents.full(type);

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        assertThat(codec.decode(codec.encodeToString(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void round_trips_every_event_type_with_only_required_fields(EventType type) throws Exception {
        CityEvent event = SampleEvents.minimal(type);

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void round_trips_sub_millisecond_time_and_extreme_values() throws Exception {
        CityEvent event = CityEvent.builder(EventType.CROWD_DETECTED, "c")
                .time(Instant.parse("2025-05-01T08:30:00.123456789Z"))
                .trackId(Long.MAX_VALUE).confidence(0)
                .measurement("tiny", 1e-300).measurement("huge", -Double.MAX_VALUE).measurement("zero", -0.0)
                .explanation("ünïcødé \"quoted\" \n newline 🚦").build();

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void encodes_the_exact_envelope_shape() throws Exception {
        JsonNode root = json.readTree(codec.encode(SampleEvents.full(EventType.PARKING_OVERSTAY)));

        assertThat(root.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("specversion", "id",
                "source", "type", "time", "subject", "datacontenttype", "dataschema", "data");
        assertThat(root.get("specversion").textValue()).isEqualTo("1.0");
        assertThat(root.get("id").textValue()).isEqualTo("evt-parking.overstay");
        assertThat(root.get("source").textValue()).isEqualTo("/relais/cameras/cam-north-3");
        assertThat(root.get("type").textValue()).isEqualTo("city.relais.parking.overstay");
        assertThat(root.get("time").textValue()).isEqualTo("2025-05-01T08:30:00.123Z");
        assertThat(root.get("subject").textValue()).isEqualTo("crossing-a");
        assertThat(root.get("datacontenttype").textValue()).isEqualTo("application/json");
        assertThat(root.get("dataschema").textValue()).isEqualTo("urn:city-relais:event:1");

        JsonNode data = root.get("data");
        assertThat(data.isObject()).isTrue();
        assertThat(data.properties()).extracting(Map.Entry::getKey).containsExactly("camera", "zone", "trackId",
                "objectClass", "confidence", "measurements", "explanation", "evidence");
        assertThat(data.get("camera").textValue()).isEqualTo("cam-north-3");
        assertThat(data.get("zone").textValue()).isEqualTo("crossing-a");
        assertThat(data.get("trackId").isIntegralNumber()).isTrue();
        assertThat(data.get("trackId").longValue()).isEqualTo(4711L);
        assertThat(data.get("objectClass").textValue()).isEqualTo("car");
        assertThat(data.get("confidence").doubleValue()).isEqualTo(0.87);
        assertThat(data.get("measurements").toString()).isEqualTo("{\"dwellSeconds\":12.0,\"speedKmh\":42.5}");
        assertThat(data.get("explanation").textValue()).isEqualTo("car stopped in crossing-a for 12 s (threshold 10 s)");
        assertThat(data.get("evidence").textValue()).isEqualTo("clips/cam-north-3/2025-05-01T08-30-00.mp4");
    }

    @Test
    void omits_null_fields_empty_measurements_and_subject_without_zone() throws Exception {
        JsonNode root = json.readTree(codec.encode(SampleEvents.minimal(EventType.CAMERA_DOWN)));

        assertThat(root.has("subject")).isFalse();
        assertThat(root.get("data").toString()).isEqualTo("{\"camera\":\"cam-7\"}");
    }

    @Test
    void decodes_an_event_written_by_an_external_detector() throws Exception {
        String external = """
                {
                  "specversion" : "1.0",
                  "type" : "city.relais.bin.overflowing",
                  "source" : "/relais/cameras/market-square-2",
                  "id" : "A234-1234-1234",
                  "time" : "2025-05-01T10:30:00.5+02:00",
                  "subject" : "bin-17",
                  "datacontenttype" : "application/json; charset=utf-8",
                  "traceparent" : "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                  "data" : {
                    "camera" : "market-square-2",
                    "zone" : "bin-17",
                    "objectClass" : "waste-bin",
                    "confidence" : 0.9,
                    "measurements" : { "fill" : 1, "overflowArea" : 0.15 },
                    "explanation" : "lid open and bags on the ground for 3 consecutive checks",
                    "evidence" : null
                  }
                }
                """;

        CityEvent event = codec.decode(external);

        assertThat(event).isEqualTo(new CityEvent("A234-1234-1234", EventType.BIN_OVERFLOWING,
                Instant.parse("2025-05-01T08:30:00.500Z"), "market-square-2", "bin-17", null, "waste-bin", 0.9,
                Map.of("fill", 1.0, "overflowArea", 0.15),
                "lid open and bags on the ground for 3 consecutive checks", null));
    }

    @Test
    void decodes_data_sent_as_data_base64() throws Exception {
        String data = Base64.getEncoder().encodeToString(
                "{\"camera\":\"cam-1\",\"trackId\":3}".getBytes(StandardCharsets.UTF_8));
        String message = "{\"specversion\":\"1.0\",\"id\":\"b64\",\"source\":\"/relais/cameras/cam-1\","
                + "\"type\":\"city.relais.line.crossed\",\"time\":\"2025-05-01T08:30:00Z\","
                + "\"datacontenttype\":\"application/json\",\"data_base64\":\"" + data + "\"}";

        CityEvent event = codec.decode(message);

        assertThat(event.type()).isEqualTo(EventType.LINE_CROSSED);
        assertThat(event.trackId()).isEqualTo(3L);
    }

    @Test
    void encodes_and_decodes_ten_thousand_events() throws Exception {
        EventType[] types = EventType.values();
        for (int i = 0; i < 10_000; i++) {
            CityEvent event = CityEvent.builder(types[i % types.length], "cam-" + (i % 50))
                    .zone(i % 3 == 0 ? null : "zone-" + (i % 7))
                    .trackId(i)
                    .confidence((i % 101) / 100.0)
                    .measurement("count", i)
                    .explanation("event " + i)
                    .build();

            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void one_codec_serves_concurrent_threads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                String camera = "worker-" + worker;
                results.add(pool.submit(() -> roundTrips(camera, 1_000)));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(1_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int roundTrips(String camera, int count) throws InvalidEventException {
        int equal = 0;
        for (int i = 0; i < count; i++) {
            CityEvent event = CityEvent.builder(EventType.ZONE_OCCUPIED, camera).trackId(i).build();
            if (codec.decode(codec.encode(event)).equals(event)) {
                equal++;
            }
        }
        return equal;
    }
}
