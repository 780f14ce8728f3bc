package city.relais.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One thing a detector saw, typed and explained. Immutable and validated on construction: an instance that exists
 * is valid, whoever built it. Every rule broken throws {@link IllegalArgumentException} whose message starts with
 * the field's name ({@code "confidence: 1.7 is outside 0..1"}).
 *
 * @param id           unique id, non-blank, at most {@value #MAX_ID_LENGTH} characters
 * @param type         what happened
 * @param time         when it was observed
 * @param camera       camera id, {@code [a-z0-9][a-z0-9-]*}, at most {@value #MAX_NAME_LENGTH} characters
 * @param zone         zone id with the camera's pattern, or null when the event is not about a zone
 * @param trackId      tracker id, {@code >= 0}, or null
 * @param objectClass  detector label ({@code car}, {@code person}), non-blank, at most
 *                     {@value #MAX_OBJECT_CLASS_LENGTH} characters, or null
 * @param confidence   score in {@code 0..1}, or null
 * @param measurements named finite values ({@code fill: 0.82}); never null, sorted by name, unmodifiable; at most
 *                     {@value #MAX_MEASUREMENTS} entries, names non-blank and at most {@value #MAX_NAME_LENGTH}
 *                     characters
 * @param explanation  why the detector raised it, for a human, at most {@value #MAX_EXPLANATION_LENGTH} characters,
 *                     or null
 * @param evidence     an opaque reference to a stored clip or snapshot (never the image itself), at most
 *                     {@value #MAX_EVIDENCE_LENGTH} characters and not a {@code data:} URI, or null
 */
public record CityEvent(String id, EventType type, Instant time, String camera, String zone, Long trackId,
                        String objectClass, Double confidence, Map<String, Double> measurements,
                        String explanation, String evidence) {

    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_OBJECT_CLASS_LENGTH = 128;
    public static final int MAX_MEASUREMENTS = 64;
    public static final int MAX_EXPLANATION_LENGTH = 4000;
    public static final int MAX_EVIDENCE_LENGTH = 512;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public CityEvent {
        requireText("id", id, MAX_ID_LENGTH);
        requireNonNull("type", type);
        requireNonNull("time", time);
        requireName("camera", camera);
        if (zone != null) {
            requireName("zone", zone);
        }
        if (trackId != null && trackId < 0) {
            throw new FieldException("trackId", trackId + " must be >= 0");
        }
        if (objectClass != null) {
            requireText("objectClass", objectClass, MAX_OBJECT_CLASS_LENGTH);
        }
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw new FieldException("confidence", confidence + " is outside 0..1");
        }
        measurements = copyOf(measurements);
        requireMaxLength("explanation", explanation, MAX_EXPLANATION_LENGTH);
        requireEvidence(evidence);
    }

    /** A builder with the two fields every event needs; see {@link Builder} for the defaults. */
    public static Builder builder(EventType type, String camera) {
        return new Builder(type, camera);
    }

    private static void requireNonNull(String field, Object value) {
        if (value == null) {
            throw new FieldException(field, "is required");
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        requireNonNull(field, value);
        if (value.isBlank()) {
            throw new FieldException(field, "must not be blank");
        }
        requireMaxLength(field, value, maxLength);
    }

    private static void requireMaxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new FieldException(field, value.length() + " characters, at most " + maxLength + " allowed");
        }
    }

    private static void requireName(String field, String value) {
        requireNonNull(field, value);
        if (value.length() > MAX_NAME_LENGTH || !NAME.matcher(value).matches()) {
            throw new FieldException(field, "'" + abbreviate(value) + "' must match " + NAME.pattern()
                    + " and be at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    private static void requireEvidence(String evidence) {
        if (evidence == null) {
            return;
        }
        requireText("evidence", evidence, MAX_EVIDENCE_LENGTH);
        if (evidence.regionMatches(true, 0, "data:", 0, 5)) {
            throw new FieldException("evidence", "must be a reference to stored evidence, not a data: URI");
        }
    }

    private static Map<String, Double> copyOf(Map<String, Double> measurements) {
        if (measurements == null || measurements.isEmpty()) {
            return Collections.emptyMap();
        }
        if (measurements.size() > MAX_MEASUREMENTS) {
            throw new FieldException("measurements", measurements.size() + " entries, at most " + MAX_MEASUREMENTS
                    + " allowed");
        }
        Map<String, Double> sorted = new TreeMap<>();
        measurements.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new FieldException("measurements", "a measurement name is blank");
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new FieldException("measurements", "name '" + abbreviate(name) + "' is longer than "
                        + MAX_NAME_LENGTH + " characters");
            }
            if (value == null || !Double.isFinite(value)) {
                throw new FieldException("measurements." + name, value + " is not a finite number");
            }
            sorted.put(name, value);
        });
        return Collections.unmodifiableMap(sorted);
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_NAME_LENGTH ? value : value.substring(0, MAX_NAME_LENGTH) + "...";
    }

    /**
     * Builds a {@link CityEvent}. Defaults: a random UUID for {@code id}, now (truncated to milliseconds) for
     * {@code time}, no measurements; every other optional field null. Validation happens in {@link #build()}.
     */
    public static final class Builder {
        private final EventType type;
        private final String camera;
        private final Map<String, Double> measurements = new LinkedHashMap<>();
        private String id;
        private Instant time;
        private String zone;
        private Long trackId;
        private String objectClass;
        private Double confidence;
        private String explanation;
        private String evidence;

        private Builder(EventType type, String camera) {
            this.type = type;
            this.camera = camera;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        public Builder zone(String zone) {
            this.zone = zone;
            return this;
        }

        public Builder trackId(long trackId) {
            this.trackId = trackId;
            return this;
        }

        public Builder objectClass(String objectClass) {
            this.objectClass = objectClass;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        /** Adds (or replaces) one measurement. */
        public Builder measurement(String name, double value) {
            this.measurements.put(name, value);
            return this;
        }

        public Builder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        public Builder evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        /** @throws IllegalArgumentException naming the first field that breaks its rule */
        public CityEvent build() {
            return new CityEvent(
                    Objects.requireNonNullElseGet(id, () -> UUID.randomUUID().toString()),
                    type,
                    Objects.requireNonNullElseGet(time, () -> Instant.now().truncatedTo(ChronoUnit.MILLIS)),
                    camera, zone, trackId, objectClass, confidence, measurements, explanation, evidence);
        }
    }
}
