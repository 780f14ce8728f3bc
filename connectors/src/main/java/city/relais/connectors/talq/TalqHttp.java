package city.relais.connectors.talq;

import city.relais.connectors.lighting.DeviceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * HTTP to the gateway with the JDK client: JSON in and out; 4xx is not retryable and carries the gateway's own
 * message, 5xx, timeouts and refused connections are retryable. The protocol status is {@code HTTP 404},
 * {@code TIMEOUT} or {@code CONNECTION_FAILED}.
 */
final class TalqHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TalqHttp.class);
    private static final int MAX_SHOWN = 300;

    /** A 2xx answer. */
    record Answer(String deviceId, int status, String text) {

        <T> T body(Class<T> type) throws DeviceException {
            try {
                return TalqMessages.json().readValue(text, type);
            } catch (JsonProcessingException e) {
                throw unreadable(e);
            }
        }

        <T> T body(TypeReference<T> type) throws DeviceException {
            try {
                return TalqMessages.json().readValue(text, type);
            } catch (JsonProcessingException e) {
                throw unreadable(e);
            }
        }

        private DeviceException unreadable(JsonProcessingException e) {
            return new DeviceException(deviceId, "HTTP " + status, false, "the gateway's answer is not the expected "
                    + "JSON: " + e.getOriginalMessage(), e);
        }
    }

    private final String deviceId;
    private final String base;
    private final Duration timeout;
    private final HttpClient client;

    TalqHttp(String deviceId, String endpoint, Duration timeout) {
        this.deviceId = deviceId;
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    Answer post(String path, Object body) throws DeviceException {
        try {
            String json = TalqMessages.json().writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    Answer get(String pathAndQuery) throws DeviceException {
        return send(request(pathAndQuery).GET().build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) throws DeviceException {
        String action = request.method() + " " + request.uri();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new DeviceException(deviceId, "TIMEOUT", true, action + ": no answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new DeviceException(deviceId, "CONNECTION_FAILED", true, action + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(deviceId, "INTERRUPTED", true, action + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return new Answer(deviceId, status, response.body());
        }
        throw new DeviceException(deviceId, "HTTP " + status, status >= 500, action + ": the gateway answered "
                + status + ": " + gatewayMessage(response.body()), null);
    }

    /** The gateway's {@code error} text, or the body itself when it is not our JSON. */
    private static String gatewayMessage(String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode error = TalqMessages.json().readTree(text).get("error");
                if (error != null && error.isTextual()) {
                    return error.asText();
                }
            } catch (JsonProcessingException e) {
                LOG.debug("The gateway's error body is not JSON: {}", e.getOriginalMessage());
            }
        }
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }

    @Override
    public void close() {
        // the JDK client holds no connection that needs closing on Java 17
    }
}
