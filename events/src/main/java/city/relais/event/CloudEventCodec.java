package city.relais.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Writes and reads {@link CityEvent}s as CloudEvents 1.0 JSON in structured mode (see {@code events/EVENTS.md}).
 * The envelope is built and parsed by the CloudEvents SDK; the {@code data} object follows schema
 * {@value #DATA_SCHEMA}. Thread-safe: build one and share it.
 */
public final class CloudEventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_SCHEMA = "urn:city-relais:event:1";
    public static final String SOURCE_PREFIX = "/relais/cameras/";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Larger inputs are refused before parsing; a valid event is far smaller. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final URI DATA_SCHEMA_URI = URI.create(DATA_SCHEMA);

    private final ObjectMapper mapper;
    private final EnvelopeReader envelope;

    public CloudEventCodec() {
        this.mapper = JsonMapper.builder()
                .addModule(JsonFormat.getCloudEventJacksonModule())
                // Python's json.dumps writes NaN and Infinity: read them so the reason names the field
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.envelope = new EnvelopeReader(mapper);
    }

    /** The event as UTF-8 CloudEvent JSON. */
    public byte[] encode(CityEvent event) {
        Objects.requireNonNull(event, "event");
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(SOURCE_PREFIX + event.camera()))
                .withType(event.type().cloudEventType())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withDataSchema(DATA_SCHEMA_URI)
                .withData(JsonCloudEventData.wrap(EventData.write(event, mapper.getNodeFactory())));
        if (event.zone() != null) {
            builder.withSubject(event.zone());
        }
        CloudEvent cloudEvent = builder.build();
        try {
            return mapper.writeValueAsBytes(cloudEvent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode event " + event.id(), e);
        }
    }

    /** The event as CloudEvent JSON text. */
    public String encodeToString(CityEvent event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    /**
     * The event carried by one CloudEvent JSON document (UTF-8).
     *
     * @throws InvalidEventException with a reason for a human, for any input that is not a valid event
     */
    public CityEvent decode(byte[] json) throws InvalidEventException {
        if (json == null) {
            throw new InvalidEventException("not JSON: no input");
        }
        if (json.length > MAX_BYTES) {
            throw new InvalidEventException("event is " + json.length + " bytes, at most " + MAX_BYTES + " allowed");
        }
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new InvalidEventException("not a CloudEvent: expected a JSON object, got " + JsonText.describe(root));
        }
        return envelope.read((ObjectNode) root);
    }

    /** The event carried by one CloudEvent JSON document. */
    public CityEvent decode(String json) throws InvalidEventException {
        if (json == null) {
            throw new InvalidEventException("not JSON: no input");
        }
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode parse(byte[] json) throws InvalidEventException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(notJson(e), e);
        } catch (IOException e) {
            throw new InvalidEventException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidEventException("not JSON: empty input");
        }
        return root;
    }

    static String notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return "not JSON: " + JsonText.shorten(e.getOriginalMessage(), 200) + where;
    }
}
