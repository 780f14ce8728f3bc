package city.relais.connectors.open311;

import city.relais.config.Secret;
import city.relais.config.device.Ticketing;
import city.relais.connectors.open311.Open311Messages.Receipt;
import city.relais.connectors.open311.Open311Messages.Service;
import city.relais.connectors.open311.Open311Messages.ServiceDefinition;
import city.relais.connectors.open311.Open311Messages.ServiceRequest;
import com.fasterxml.jackson.core.type.TypeReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Open311 GeoReport v2 client (JSON format) for one ticketing service of the city file. It does not retry: a
 * failure is an {@link Open311Exception} that says whether retrying may help and whether a POST may have created a
 * ticket anyway ({@link Open311Exception#ambiguous()}), in which case {@link #reconcile} finds it before any re-POST.
 * The API key is sent in the POST body only and never logged.
 */
public final class Open311Client {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Open311Client.class);
    private static final TypeReference<List<Service>> SERVICES = new TypeReference<>() { };
    private static final TypeReference<ServiceDefinition> DEFINITION = new TypeReference<>() { };
    private static final TypeReference<List<Receipt>> RECEIPTS = new TypeReference<>() { };
    private static final TypeReference<List<ServiceRequest>> REQUESTS = new TypeReference<>() { };

    private final String deviceId;
    private final Secret apiKey;
    private final String jurisdiction;
    private final Open311Http http;

    /**
     * @param deviceId       the city file's device id (in messages and logs)
     * @param endpoint       base URL, {@code http(s)://.../v2}
     * @param apiKey         the {@code api_key}
     * @param jurisdiction   the {@code jurisdiction_id}, null when the service needs none
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long to wait for each answer
     */
    public Open311Client(String deviceId, String endpoint, Secret apiKey, String jurisdiction,
                         Duration connectTimeout, Duration timeout) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.jurisdiction = jurisdiction;
        this.http = new Open311Http(deviceId, Objects.requireNonNull(endpoint, "endpoint"), connectTimeout, timeout);
    }

    /** A client for the city file's ticketing device, with {@code timeout} for connections and answers. */
    public Open311Client(Ticketing device, Duration timeout) {
        this(device.id(), device.endpoint(), device.apiKey(), device.jurisdiction(), timeout, timeout);
    }

    /** The services offered ({@code GET services.json}). */
    public List<Service> services() throws Open311Exception {
        return http.get(Open311Messages.SERVICES + Open311Messages.JSON, jurisdictionQuery(), SERVICES);
    }

    /** The attribute definitions of one service ({@code GET services/{code}.json}). */
    public ServiceDefinition definition(String serviceCode) throws Open311Exception {
        return http.get(Open311Messages.SERVICES + "/" + segment(serviceCode) + Open311Messages.JSON,
                jurisdictionQuery(), DEFINITION);
    }

    /**
     * Opens a ticket ({@code POST requests.json}). Returns the service's receipt: a {@code service_request_id}, or
     * a {@code token} when the service assigns ids later.
     */
    public Receipt submit(NewRequest request) throws Open311Exception {
        List<Receipt> receipts = http.postForm(Open311Messages.REQUESTS + Open311Messages.JSON, form(request),
                RECEIPTS);
        if (receipts.isEmpty()) {
            throw new Open311Exception(deviceId, 200, null, true, "POST " + Open311Messages.REQUESTS
                    + Open311Messages.JSON + ": the service answered an empty list", null);
        }
        Receipt receipt = receipts.get(0);
        LOG.info("{}: ticket {} opened for service {}", deviceId,
                receipt.serviceRequestId() != null ? receipt.serviceRequestId() : "token " + receipt.token(),
                request.serviceCode());
        return receipt;
    }

    /** One ticket ({@code GET requests/{id}.json}); empty when the service answers an empty list. */
    public Optional<ServiceRequest> request(String serviceRequestId) throws Open311Exception {
        List<ServiceRequest> found = http.get(Open311Messages.REQUESTS + "/" + segment(serviceRequestId)
                + Open311Messages.JSON, jurisdictionQuery(), REQUESTS);
        return found.stream().findFirst();
    }

    /** Tickets sent with {@code device_id} and requested at or after {@code since}, as the service lists them. */
    public List<ServiceRequest> requestsOf(String deviceIdSent, Instant since) throws Open311Exception {
        Map<String, String> query = jurisdictionQuery();
        query.put("device_id", deviceIdSent);
        query.put("start_date", since.toString());
        return http.get(Open311Messages.REQUESTS + Open311Messages.JSON, query, REQUESTS);
    }

    /**
     * After an ambiguous POST: the ticket that {@code intent} created, if the service stored it. Looks among the
     * tickets of the intent's {@code device_id} since {@code since} for the same service code, description and
     * position; empty means no ticket was stored, so posting again is safe.
     */
    public Optional<ServiceRequest> reconcile(NewRequest intent, Instant since) throws Open311Exception {
        Optional<ServiceRequest> found = requestsOf(intent.deviceId(), since).stream()
                .filter(r -> matches(intent, r))
                .reduce((first, later) -> later);
        LOG.info("{}: reconciliation of a {} ticket from {}: {}", deviceId, intent.serviceCode(), intent.deviceId(),
                found.map(r -> "found " + r.serviceRequestId()).orElse("none stored"));
        return found;
    }

    private static boolean matches(NewRequest intent, ServiceRequest stored) {
        return intent.serviceCode().equals(stored.serviceCode())
                && Objects.equals(intent.description(), stored.description())
                && (stored.lat() == null || stored.lat() == intent.lat())
                && (stored.lon() == null || stored.lon() == intent.lon());
    }

    private Map<String, String> form(NewRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("api_key", apiKey.reveal());
        fields.put("jurisdiction_id", jurisdiction);
        fields.put("service_code", request.serviceCode());
        fields.put("lat", Double.toString(request.lat()));
        fields.put("long", Double.toString(request.lon()));
        fields.put("description", request.description());
        fields.put("media_url", request.mediaUrl());
        fields.put("device_id", request.deviceId());
        request.attributes().forEach((code, value) -> fields.put("attribute[" + code + "]", value));
        return fields;
    }

    private Map<String, String> jurisdictionQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (jurisdiction != null) {
            query.put("jurisdiction_id", jurisdiction);
        }
        return query;
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
