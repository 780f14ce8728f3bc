package city.relais.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.jackson.JsonCloudEventData;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CloudEvent JSON object into a {@link CityEvent}. Our contract is checked on the raw attributes first
 * (so reasons are ours), the SDK then builds the CloudEvent (time, URIs, extensions), and the data object last.
 */
final class EnvelopeReader {

    private static final List<String> REQUIRED = List.of("id", "source", "type", "time");
    private static final List<String> STRING_ATTRIBUTES = List.of("subject", "datacontenttype", "dataschema");
    private static final Pattern SDK_INVALID_VALUE =
            Pattern.compile("Invalid attribute/extension value for \"([^\"]+)\": (.*)", Pattern.DOTALL);
    private static final Pattern SDK_INVALID_TYPE =
            Pattern.compile("Invalid attribute/extension type for \"([^\"]+)\".*", Pattern.DOTALL);

    private static final int MAX_SDK_MESSAGE = 200;

    private final ObjectMapper mapper;

    EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    CityEvent read(ObjectNode root) throws InvalidEventException {
        checkSpecVersion(root);
        for (String attribute : REQUIRED) {
            if (stringAttribute(root, attribute) == null) {
                throw new InvalidEventException("missing " + attribute);
            }
        }
        for (String attribute : STRING_ATTRIBUTES) {
            if (stringAttribute(root, attribute) == null) {
                root.remove(attribute); // JSON null means absent; the SDK would refuse it
            }
        }
        EventType type = eventType(stringAttribute(root, "type"));
        checkDataSchema(stringAttribute(root, "dataschema"));
        checkContentType(stringAttribute(root, "datacontenttype"));
        CloudEvent cloudEvent = toCloudEvent(root);
        CityEvent event = EventData.read(dataObject(cloudEvent.getData()), cloudEvent.getId(), type,
                cloudEvent.getTime().toInstant());
        checkSource(cloudEvent.getSource().toString(), event.camera());
        checkSubject(cloudEvent.getSubject(), event.zone());
        return event;
    }

    private static void checkSpecVersion(ObjectNode root) throws InvalidEventException {
        String specVersion = stringAttribute(root, "specversion");
        if (specVersion == null) {
            throw new InvalidEventException("missing specversion");
        }
        if (!CloudEventCodec.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException("unsupported specversion '" + JsonText.quote(specVersion) + "'");
        }
    }

    /** The attribute's text; null when absent or JSON null. */
    private static String stringAttribute(ObjectNode root, String name) throws InvalidEventException {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidEventException(name + ": must be a string, got " + JsonText.describe(node));
        }
        return node.textValue();
    }

    private static EventType eventType(String ceType) throws InvalidEventException {
        return EventType.fromCloudEventType(ceType).orElseThrow(() -> new InvalidEventException(
                ceType.startsWith(EventType.CLOUD_EVENT_TYPE_PREFIX)
                        ? "unknown event type '" + JsonText.quote(ceType) + "'"
                        : "foreign event type '" + JsonText.quote(ceType) + "' (this hub reads "
                                + EventType.CLOUD_EVENT_TYPE_PREFIX + "* types)"));
    }

    private static void checkDataSchema(String dataSchema) throws InvalidEventException {
        if (dataSchema != null && !CloudEventCodec.DATA_SCHEMA.equals(dataSchema)) {
            throw new InvalidEventException("unsupported dataschema '" + JsonText.quote(dataSchema)
                    + "' (this hub reads " + CloudEventCodec.DATA_SCHEMA + ")");
        }
    }

    private static void checkContentType(String contentType) throws InvalidEventException {
        if (contentType == null) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!CloudEventCodec.DATA_CONTENT_TYPE.equals(mediaType)) {
            throw new InvalidEventException("unsupported datacontenttype '" + JsonText.quote(contentType)
                    + "' (this hub reads " + CloudEventCodec.DATA_CONTENT_TYPE + ")");
        }
    }

    private CloudEvent toCloudEvent(ObjectNode root) throws InvalidEventException {
        try {
            return mapper.treeToValue(root, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(sdkReason(e.getOriginalMessage()), e);
        } catch (RuntimeException e) {
            // the SDK reports some violations unchecked (CloudEventRWException, IllegalStateException)
            throw new InvalidEventException(sdkReason(e.getMessage()), e);
        }
    }

    private static String sdkReason(String message) {
        Matcher invalidType = SDK_INVALID_TYPE.matcher(String.valueOf(message));
        if (invalidType.matches()) {
            return "extension " + invalidType.group(1) + ": must be a string, an integer or a boolean";
        }
        Matcher invalid = SDK_INVALID_VALUE.matcher(String.valueOf(message));
        if (!invalid.matches()) {
            return "invalid CloudEvent: " + JsonText.shorten(String.valueOf(message), MAX_SDK_MESSAGE);
        }
        String attribute = invalid.group(1);
        String expected = attribute.equals("time") ? "an RFC 3339 timestamp" : "a URI reference";
        return attribute + " '" + JsonText.quote(invalid.group(2)) + "' is not " + expected;
    }

    private ObjectNode dataObject(CloudEventData data) throws InvalidEventException {
        if (data == null) {
            throw new InvalidEventException("data is missing");
        }
        JsonNode node = data instanceof JsonCloudEventData json ? json.getNode() : parseBase64Data(data.toBytes());
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("data: must be a JSON object, got " + JsonText.describe(node));
        }
        return (ObjectNode) node;
    }

    private JsonNode parseBase64Data(byte[] bytes) throws InvalidEventException {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data_base64: " + CloudEventCodec.notJson(e), e);
        } catch (IOException e) {
            throw new InvalidEventException("data_base64: not JSON: " + e.getMessage(), e);
        }
    }

    private static void checkSource(String source, String camera) throws InvalidEventException {
        if (!source.equals(CloudEventCodec.SOURCE_PREFIX + camera)) {
            throw new InvalidEventException("source '" + JsonText.quote(source) + "' does not match data.camera '"
                    + camera + "'");
        }
    }

    private static void checkSubject(String subject, String zone) throws InvalidEventException {
        if (subject == null || subject.equals(zone)) {
            return;
        }
        throw new InvalidEventException(zone == null
                ? "subject '" + JsonText.quote(subject) + "' names a zone but data.zone is absent"
                : "subject '" + JsonText.quote(subject) + "' does not match data.zone '" + zone + "'");
    }
}
