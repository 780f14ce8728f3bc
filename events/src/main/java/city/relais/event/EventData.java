package city.relais.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CloudEvent {@code data} object of schema {@code urn:city-relais:event:1}: writes it from a {@link CityEvent}
 * and reads it back, refusing unknown fields and wrong JSON types with the field's wire path.
 */
final class EventData {

    static final List<String> FIELDS = List.of("camera", "zone", "trackId", "objectClass", "confidence",
            "measurements", "explanation", "evidence");

    private EventData() {
    }

    /** The data object; null fields and an empty measurement map are omitted. */
    static ObjectNode write(CityEvent event, JsonNodeFactory nodes) {
        ObjectNode data = nodes.objectNode();
        data.put("camera", event.camera());
        putIfPresent(data, "zone", event.zone());
        if (event.trackId() != null) {
            data.put("trackId", event.trackId().longValue());
        }
        putIfPresent(data, "objectClass", event.objectClass());
        if (event.confidence() != null) {
            data.put("confidence", event.confidence().doubleValue());
        }
        if (!event.measurements().isEmpty()) {
            ObjectNode measurements = data.putObject("measurements");
            event.measurements().forEach(measurements::put);
        }
        putIfPresent(data, "explanation", event.explanation());
        putIfPresent(data, "evidence", event.evidence());
        return data;
    }

    /**
     * The event carried by {@code data}, with the envelope's id, type and time.
     *
     * @throws InvalidEventException naming the wire path of the first bad field ({@code data.confidence}, {@code id})
     */
    static CityEvent read(ObjectNode data, String id, EventType type, Instant time) throws InvalidEventException {
        rejectUnknownFields(data);
        String camera = text(data, "camera");
        if (camera == null) {
            throw new InvalidEventException("data.camera is missing");
        }
        try {
            return new CityEvent(id, type, time, camera, text(data, "zone"), trackId(data), text(data, "objectClass"),
                    number(data, "confidence"), measurements(data), text(data, "explanation"),
                    text(data, "evidence"));
        } catch (FieldException e) {
            throw new InvalidEventException(wirePath(e.field()) + ": " + e.reason(), e);
        }
    }

    private static void putIfPresent(ObjectNode data, String field, String value) {
        if (value != null) {
            data.put(field, value);
        }
    }

    private static void rejectUnknownFields(ObjectNode data) throws InvalidEventException {
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                throw new InvalidEventException("data." + name + ": unknown field (known: "
                        + String.join(", ", FIELDS) + ")");
            }
        }
    }

    private static String text(ObjectNode data, String field) throws InvalidEventException {
        JsonNode node = present(data, field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType("data." + field, "a string", node);
        }
        return node.textValue();
    }

    private static Long trackId(ObjectNode data) throws InvalidEventException {
        JsonNode node = present(data, "trackId");
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType("data.trackId", "an integer", node);
        }
        return node.longValue();
    }

    private static Double number(ObjectNode data, String field) throws InvalidEventException {
        JsonNode node = present(data, field);
        if (node == null) {
            return null;
        }
        return number("data." + field, node);
    }

    private static Double number(String path, JsonNode node) throws InvalidEventException {
        if (!node.isNumber()) {
            throw wrongType(path, "a number", node);
        }
        return node.doubleValue();
    }

    private static Map<String, Double> measurements(ObjectNode data) throws InvalidEventException {
        JsonNode node = present(data, "measurements");
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw wrongType("data.measurements", "an object", node);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            values.put(entry.getKey(), number("data.measurements." + entry.getKey(), entry.getValue()));
        }
        return values;
    }

    /** The field's node, or null when it is absent or JSON {@code null} (both mean "not given"). */
    private static JsonNode present(ObjectNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static InvalidEventException wrongType(String path, String expected, JsonNode node) {
        return new InvalidEventException(path + ": must be " + expected + ", got " + JsonText.describe(node));
    }

    private static String wirePath(String field) {
        return field.equals("id") || field.equals("time") || field.equals("type") ? field : "data." + field;
    }
}
