package city.relais.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal carries a reason a detector's author can act on. */
class CloudEventCodecRejectionTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper();

    /** A valid encoded event (camera cam-north-3, zone crossing-a), changed by {@code edit}, as JSON text. */
    private String valid(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(codec.encode(SampleEvents.full(EventType.ZONE_OCCUPIED)));
        edit.accept(root);
        return json.writeValueAsString(root);
    }

    private String validData(Consumer<ObjectNode> edit) throws Exception {
        return valid(root -> edit.accept((ObjectNode) root.get("data")));
    }

    private void assertRejected(String input, String reason) {
        assertThatThrownBy(() -> codec.decode(input)).isInstanceOf(InvalidEventException.class).hasMessage(reason);
    }

    private void assertRejectedStartingWith(String input, String reason) {
        assertThatThrownBy(() -> codec.decode(input)).isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void rejects_not_json_with_reason() {
        assertRejectedStartingWith("hello", "not JSON: Unrecognized token 'hello'");
        assertRejectedStartingWith("{\"specversion\":\"1.0\"", "not JSON: Unexpected end-of-input");
        assertRejectedStartingWith("{} trailing", "not JSON: ");
        assertRejectedStartingWith("{\"id\":\"a\",\"id\":\"b\"}", "not JSON: Duplicate field 'id'");
        assertRejected("", "not JSON: empty input");
        assertRejected((String) null, "not JSON: no input");
        assertThatThrownBy(() -> codec.decode((byte[]) null)).hasMessage("not JSON: no input");
    }

    @Test
    void rejects_json_array_with_reason() {
        assertRejected("[{\"specversion\":\"1.0\"}]", "not a CloudEvent: expected a JSON object, got an array");
        assertRejected("\"event\"", "not a CloudEvent: expected a JSON object, got \"event\"");
    }

    @Test
    void rejects_oversized_input_before_parsing() {
        byte[] big = new byte[CloudEventCodec.MAX_BYTES + 1];
        assertThatThrownBy(() -> codec.decode(big)).isInstanceOf(InvalidEventException.class)
                .hasMessage("event is 65537 bytes, at most 65536 allowed");
    }

    @Test
    void rejects_missing_specversion_with_reason() throws Exception {
        assertRejected(valid(root -> root.remove("specversion")), "missing specversion");
    }

    @Test
    void rejects_wrong_specversion_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("specversion", "0.3")), "unsupported specversion '0.3'");
        assertRejected(valid(root -> root.put("specversion", 1.0)), "specversion: must be a string, got 1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "source", "type", "time"})
    void rejects_missing_required_attribute_with_reason(String attribute) throws Exception {
        assertRejected(valid(root -> root.remove(attribute)), "missing " + attribute);
        assertRejected(valid(root -> root.putNull(attribute)), "missing " + attribute);
    }

    @Test
    void rejects_blank_id_and_wrongly_typed_attributes() throws Exception {
        assertRejected(valid(root -> root.put("id", " ")), "id: must not be blank");
        assertRejected(valid(root -> root.put("id", 42)), "id: must be a string, got 42");
        assertRejected(valid(root -> root.putArray("subject")), "subject: must be a string, got an array");
    }

    @Test
    void rejects_unknown_type_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("type", "city.relais.zone.bogus")),
                "unknown event type 'city.relais.zone.bogus'");
    }

    @Test
    void rejects_foreign_type_prefix_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("type", "com.acme.zone.occupied")),
                "foreign event type 'com.acme.zone.occupied' (this hub reads city.relais.* types)");
    }

    @Test
    void rejects_wrong_dataschema_version_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("dataschema", "urn:city-relais:event:2")),
                "unsupported dataschema 'urn:city-relais:event:2' (this hub reads urn:city-relais:event:1)");
    }

    @Test
    void reads_absent_dataschema_and_content_type_as_version_1_json() throws Exception {
        assertThat(codec.decode(valid(root -> {
            root.remove("dataschema");
            root.remove("datacontenttype");
        }))).isEqualTo(SampleEvents.full(EventType.ZONE_OCCUPIED));
        assertThat(codec.decode(valid(root -> {
            root.putNull("dataschema");
            root.putNull("datacontenttype");
            root.putNull("subject");
        }))).isEqualTo(SampleEvents.full(EventType.ZONE_OCCUPIED));
    }

    @Test
    void rejects_non_json_content_type_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("datacontenttype", "text/plain")),
                "unsupported datacontenttype 'text/plain' (this hub reads application/json)");
    }

    @Test
    void rejects_bad_time_and_source_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("time", "yesterday")),
                "time 'yesterday' is not an RFC 3339 timestamp");
        assertRejected(valid(root -> root.put("source", "/relais/cameras/cam north")),
                "source '/relais/cameras/cam north' is not a URI reference");
    }

    @Test
    void rejects_missing_data_with_reason() throws Exception {
        assertRejected(valid(root -> root.remove("data")), "data is missing");
    }

    @Test
    void rejects_data_that_is_not_an_object_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("data", "{\"camera\":\"cam-north-3\"}")),
                "data: must be a JSON object, got \"{\"camera\":\"cam-north-3\"}\"");
        assertRejected(valid(root -> root.putArray("data")), "data: must be a JSON object, got an array");
        assertRejected(valid(root -> root.put("data", 7)), "data: must be a JSON object, got 7");
    }

    @Test
    void rejects_bad_confidence_with_reason() throws Exception {
        assertRejected(validData(data -> data.put("confidence", 1.7)), "data.confidence: 1.7 is outside 0..1");
        assertRejected(validData(data -> data.put("confidence", "high")),
                "data.confidence: must be a number, got \"high\"");
    }

    @Test
    void rejects_nan_or_infinite_measurement_with_reason() throws Exception {
        String speed = "\"speedKmh\":42.5";
        String base = valid(root -> { });
        assertRejected(base.replace(speed, "\"speedKmh\":NaN"), "data.measurements.speedKmh: NaN is not a finite number");
        assertRejected(base.replace(speed, "\"speedKmh\":1e999"),
                "data.measurements.speedKmh: Infinity is not a finite number");
        assertRejected(base.replace(speed, "\"speedKmh\":-Infinity"),
                "data.measurements.speedKmh: -Infinity is not a finite number");
        assertRejected(base.replace(speed, "\"speedKmh\":\"fast\""),
                "data.measurements.speedKmh: must be a number, got \"fast\"");
    }

    @Test
    void rejects_camera_pattern_violation_with_reason() throws Exception {
        assertRejected(valid(root -> {
            root.put("source", "/relais/cameras/Cam_1");
            ((ObjectNode) root.get("data")).put("camera", "Cam_1");
        }), "data.camera: 'Cam_1' must match [a-z0-9][a-z0-9-]* and be at most 64 characters");
        assertRejected(validData(data -> data.remove("camera")), "data.camera is missing");
    }

    @Test
    void rejects_source_camera_mismatch_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("source", "/x")),
                "source '/x' does not match data.camera 'cam-north-3'");
        assertRejected(valid(root -> root.put("source", "/relais/cameras/cam-south-1")),
                "source '/relais/cameras/cam-south-1' does not match data.camera 'cam-north-3'");
    }

    @Test
    void rejects_subject_zone_mismatch_with_reason() throws Exception {
        assertRejected(valid(root -> root.put("subject", "crossing-b")),
                "subject 'crossing-b' does not match data.zone 'crossing-a'");
        assertRejected(validData(data -> data.remove("zone")),
                "subject 'crossing-a' names a zone but data.zone is absent");
    }

    @Test
    void rejects_bad_data_fields_with_reason() throws Exception {
        assertRejectedStartingWith(validData(data -> data.put("confidance", 0.5)),
                "data.confidance: unknown field (known: camera, zone, trackId,");
        assertRejected(validData(data -> data.put("trackId", 1.5)), "data.trackId: must be an integer, got 1.5");
        assertRejected(validData(data -> data.put("trackId", -1)), "data.trackId: -1 must be >= 0");
        assertRejected(validData(data -> data.put("zone", 3)), "data.zone: must be a string, got 3");
        assertRejected(validData(data -> data.put("evidence", "e".repeat(513))),
                "data.evidence: 513 characters, at most 512 allowed");
        assertRejected(validData(data -> data.putArray("measurements")),
                "data.measurements: must be an object, got an array");
    }

    @Test
    void rejects_invalid_extension_with_reason() throws Exception {
        assertRejectedStartingWith(valid(root -> root.put("Bad_Name", "x")), "invalid CloudEvent: ");
        assertRejected(valid(root -> root.put("priority", 1.5)),
                "extension priority: must be a string, an integer or a boolean");
    }

    @Test
    void ignores_valid_extensions() throws Exception {
        assertThat(codec.decode(valid(root -> {
            root.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            root.put("priority", 2);
            root.put("urgent", true);
        }))).isEqualTo(SampleEvents.full(EventType.ZONE_OCCUPIED));
    }

    @Test
    void throws_only_invalid_event_exception_for_any_mangled_input() throws Exception {
        String base = valid(root -> { });
        for (int end = 0; end < base.length(); end++) {
            assertRejectedStartingWith(base.substring(0, end), "");
        }
        JsonNode[] values = {json.nullNode(), json.getNodeFactory().numberNode(-1), json.getNodeFactory().booleanNode(true),
                json.createArrayNode(), json.createObjectNode(), json.getNodeFactory().textNode(""),
                json.getNodeFactory().textNode("x"), json.getNodeFactory().numberNode(1e300)};
        for (String field : new String[] {"specversion", "id", "source", "type", "time", "subject", "datacontenttype",
                "dataschema", "data", "data_base64", "extra"}) {
            for (JsonNode value : values) {
                decodeOrReject(valid(root -> root.set(field, value)));
            }
        }
        for (String field : EventData.FIELDS) {
            for (JsonNode value : values) {
                decodeOrReject(validData(data -> data.set(field, value)));
            }
        }
    }

    /** Decoding either succeeds or throws InvalidEventException: nothing else may escape. */
    private void decodeOrReject(String input) {
        try {
            codec.decode(input);
        } catch (InvalidEventException refused) {
            assertThat(refused.getMessage()).as("reason for %s", input).isNotBlank();
        }
    }
}
