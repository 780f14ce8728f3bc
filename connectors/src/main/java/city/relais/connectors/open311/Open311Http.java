package city.relais.connectors.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP to an Open311 service with the JDK client: GET with a query, POST form-encoded, JSON answers. Failures become
 * {@link Open311Exception}s that name the method and path only: the query of a GET and the body of a POST (where the
 * {@code api_key} travels) are never logged nor put in a message.
 */
final class Open311Http {

    private static final Logger LOG = LoggerFactory.getLogger(Open311Http.class);
    private static final int MAX_SHOWN = 300;
    private static final TypeReference<List<Open311Messages.Error>> ERRORS = new TypeReference<>() { };

    private final String deviceId;
    private final String base;
    private final Duration timeout;
    private final HttpClient client;

    Open311Http(String deviceId, String endpoint, Duration connectTimeout, Duration timeout) {
        this.deviceId = deviceId;
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .build();
    }

    <T> T get(String path, Map<String, String> query, TypeReference<T> type) throws Open311Exception {
        String uri = base + path + (query.isEmpty() ? "" : "?" + form(query));
        return read(path, send("GET " + path, request(uri).GET().build()), type);
    }

    <T> T postForm(String path, Map<String, String> fields, TypeReference<T> type) throws Open311Exception {
        HttpRequest request = request(base + path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
        return read(path, send("POST " + path, request), type);
    }

    /** {@code k=v&k=v}, UTF-8 URL-encoded, null values left out. */
    static String form(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((key, value) -> {
            if (value != null) {
                joined.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    private HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(timeout).header("Accept", "application/json");
    }

    private HttpResponse<String> send(String action, HttpRequest request) throws Open311Exception {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw refused(action, response);
            }
            return response;
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new Open311Exception(deviceId, 0, null, false, action + ": cannot connect: " + e.getMessage(), e);
        } catch (HttpTimeoutException e) {
            throw new Open311Exception(deviceId, 0, null, true, action + ": no answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new Open311Exception(deviceId, 0, null, true, action + ": connection lost: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Open311Exception(deviceId, 0, null, true, action + ": interrupted", e);
        }
    }

    private Open311Exception refused(String action, HttpResponse<String> response) {
        int status = response.statusCode();
        List<Open311Messages.Error> errors = errors(response.body());
        String said = errors.isEmpty() ? shown(response.body())
                : String.join("; ", errors.stream().map(Open311Messages.Error::description).toList());
        return new Open311Exception(deviceId, status, errors, false, action + ": the service answered " + status
                + ": " + said, null);
    }

    /** The GeoReport error list ({@code [{"code", "description"}]}, or one such object), else empty. */
    private static List<Open311Messages.Error> errors(String body) {
        String text = body == null ? "" : body.strip();
        try {
            if (text.startsWith("[")) {
                return Open311Messages.json().readValue(text, ERRORS);
            }
            if (text.startsWith("{")) {
                return List.of(Open311Messages.json().readValue(text, Open311Messages.Error.class));
            }
        } catch (JsonProcessingException e) {
            LOG.debug("The service's error body is not GeoReport JSON: {}", e.getOriginalMessage());
        }
        return List.of();
    }

    private static String shown(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }

    private <T> T read(String path, HttpResponse<String> response, TypeReference<T> type) throws Open311Exception {
        try {
            return Open311Messages.json().readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new Open311Exception(deviceId, response.statusCode(), null, true, path
                    + ": the service's answer is not the expected JSON: " + e.getOriginalMessage(), e);
        }
    }
}
