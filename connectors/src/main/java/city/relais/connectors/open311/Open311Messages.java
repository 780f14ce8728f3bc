package city.relais.connectors.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.List;

/**
 * The JSON of Open311 GeoReport v2 (snake_case names, ISO-8601 times). Paths are relative to the endpoint
 * ({@code http(s)://.../v2}):
 * <pre>
 * GET  services.json                  → [{"service_code", "service_name", "description", "metadata", "type", ...}]
 * GET  services/{code}.json           → {"service_code", "attributes": [{"code", "datatype", "required", ...}]}
 * POST requests.json (form-encoded)   → [{"service_request_id" | "token", "service_notice"}]
 * GET  requests/{id}.json             → [{"service_request_id", "status": "open|closed", "status_notes", ...}]
 * GET  requests.json?device_id=&amp;start_date= → the same list, filtered
 * errors → 4xx/5xx [{"code": 403, "description": "..."}]
 * </pre>
 * {@code device_id} in a service request is an extension of this hub's simulator (most servers omit it).
 */
public final class Open311Messages {

    public static final String SERVICES = "/services";
    public static final String REQUESTS = "/requests";
    public static final String JSON = ".json";
    public static final int MAX_DESCRIPTION = 4000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Open311Messages() {
    }

    public static ObjectMapper json() {
        return MAPPER;
    }

    /** One service of the discovery list; {@code metadata} true when it has attribute definitions. */
    public record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                          String keywords, String group) {
    }

    /** The attribute definitions of one service. */
    public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

        public ServiceDefinition {
            attributes = attributes == null ? List.of() : List.copyOf(attributes);
        }

        /** Codes of the attributes a request must carry. */
        public List<String> requiredCodes() {
            return attributes.stream().filter(Attribute::required).map(Attribute::code).toList();
        }
    }

    /**
     * One attribute: {@code datatype} is string, number, datetime, text, singlevaluelist or multivaluelist;
     * {@code variable} false for informational attributes.
     */
    public record Attribute(boolean variable, String code, String datatype, boolean required,
                            String datatypeDescription, Integer order, String description,
                            List<AttributeValue> values) {
    }

    /** A permitted value of a list attribute. */
    public record AttributeValue(String key, String name) {
    }

    /** The answer to a POST: the id, or a token when the service assigns ids later. */
    public record Receipt(String serviceRequestId, String token, String serviceNotice, String accountId) {
    }

    /** A service request (a ticket) as the service reports it. */
    public record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                                 String serviceCode, String description, String agencyResponsible,
                                 String serviceNotice, Instant requestedDatetime, Instant updatedDatetime,
                                 Instant expectedDatetime, String address, Double lat,
                                 @JsonProperty("long") Double lon, String mediaUrl, String deviceId) {

        /** The status as an enum; unknown values are {@link RequestStatus#OPEN}. */
        public RequestStatus requestStatus() {
            return RequestStatus.of(status);
        }
    }

    /** One entry of an error answer. */
    public record Error(Integer code, String description) {
    }
}
