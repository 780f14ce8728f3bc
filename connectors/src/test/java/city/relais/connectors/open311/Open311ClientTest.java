package city.relais.connectors.open311;

import city.relais.config.Secret;
import city.relais.config.device.Protocol;
import city.relais.config.device.Ticketing;
import city.relais.connectors.open311.Open311Messages.Receipt;
import city.relais.connectors.open311.Open311Messages.ServiceDefinition;
import city.relais.connectors.open311.Open311Messages.ServiceRequest;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.connectors.sim.open311.SimTicket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Open311ClientTest {

    private static final String KEY = "s3cret-key-123";
    private static final String JURISDICTION = "demo.relais.city";
    private static Open311Simulator service;

    private final Open311Client client = client(KEY, Duration.ofSeconds(3));

    @BeforeAll
    static void startService() throws Exception {
        service = new Open311Simulator(SimService.demo(), KEY, JURISDICTION, null, "127.0.0.1", 0,
                Clock.systemUTC()).start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @AfterEach
    void clearFaults() {
        service.faults().clear();
    }

    @Test
    void discovers_the_services_and_their_attribute_definitions() throws Exception {
        assertThat(client.services()).extracting(Open311Messages.Service::serviceCode)
                .containsExactly("BIN_OVERFLOW", "ILLEGAL_DUMP");
        assertThat(client.services().get(0).metadata()).isTrue();

        ServiceDefinition bins = client.definition("BIN_OVERFLOW");
        assertThat(bins.serviceCode()).isEqualTo("BIN_OVERFLOW");
        assertThat(bins.requiredCodes()).containsExactly("asset_id");
        assertThat(bins.attributes()).extracting(Open311Messages.Attribute::datatype).containsExactly("string",
                "number");
        Open311Exception unknown = catchThrowableOfType(Open311Exception.class, () -> client.definition("NOPE"));
        assertThat(unknown.httpStatus()).isEqualTo(404);
    }

    @Test
    void a_post_stores_every_field_exactly_and_reads_back_open() throws Exception {
        String description = "Overflowing bin at Place du Marché — 3 detections (event ev-42) ✓";
        NewRequest intent = new NewRequest("BIN_OVERFLOW", 48.8712345, 2.2251234, description,
                "https://hub.example/evidence/ab12?x=1&y=2", "cam-market", Map.of("asset_id", "BIN-7 / A&B"));

        Receipt receipt = client.submit(intent);

        assertThat(receipt.serviceRequestId()).isNotBlank();
        assertThat(receipt.serviceNotice()).isNotBlank();
        SimTicket stored = service.ticket(receipt.serviceRequestId()).orElseThrow();
        assertThat(stored.lat()).isEqualTo(48.8712345);
        assertThat(stored.lon()).isEqualTo(2.2251234);
        assertThat(stored.description()).isEqualTo(description);
        assertThat(stored.mediaUrl()).isEqualTo("https://hub.example/evidence/ab12?x=1&y=2");
        assertThat(stored.attributes()).containsExactly(Map.entry("asset_id", "BIN-7 / A&B"));
        assertThat(stored.deviceId()).isEqualTo("cam-market");
        assertThat(stored.jurisdiction()).isEqualTo(JURISDICTION);
        ServiceRequest read = client.request(receipt.serviceRequestId()).orElseThrow();
        assertThat(read.requestStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(read.serviceCode()).isEqualTo("BIN_OVERFLOW");
        assertThat(read.lat()).isEqualTo(48.8712345);
        assertThat(read.lon()).isEqualTo(2.2251234);
        assertThat(read.mediaUrl()).isEqualTo(stored.mediaUrl());
    }

    @Test
    void the_status_follows_an_admin_close_with_its_notes() throws Exception {
        String id = client.submit(dump("cam-close", "dump to close")).serviceRequestId();

        HttpResponse<String> closed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + service.port() + "/admin/requests/" + id + "/close"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status_notes=Cleared+by+crew+4")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(closed.statusCode()).isEqualTo(200);
        ServiceRequest read = client.request(id).orElseThrow();
        assertThat(read.requestStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(read.statusNotes()).isEqualTo("Cleared by crew 4");
        assertThat(read.updatedDatetime()).isAfterOrEqualTo(read.requestedDatetime());
    }

    @Test
    void a_wrong_key_is_a_403_not_retryable_with_the_service_message_and_without_the_key() {
        Open311Client wrong = client("wrong-key-987", Duration.ofSeconds(3));

        Open311Exception refused = catchThrowableOfType(Open311Exception.class,
                () -> wrong.submit(dump("cam-key", "wrong key")));

        assertThat(refused.httpStatus()).isEqualTo(403);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.ambiguous()).isFalse();
        assertThat(refused.serviceMessage()).isEqualTo("Invalid api_key");
        assertThat(refused.getMessage()).contains("403", "Invalid api_key").doesNotContain("wrong-key-987")
                .doesNotContain(KEY);
        assertThat(service.tickets()).noneMatch(t -> "cam-key".equals(t.deviceId()));
    }

    @Test
    void a_missing_required_attribute_is_a_400_with_the_service_message() {
        NewRequest noAsset = new NewRequest("BIN_OVERFLOW", 48.87, 2.22, "bin without asset", null, "cam-attr",
                Map.of());

        Open311Exception refused = catchThrowableOfType(Open311Exception.class, () -> client.submit(noAsset));

        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.serviceMessage()).contains("attribute[asset_id] is required");
        assertThat(refused.serviceErrors()).extracting(Open311Messages.Error::code).containsExactly(400);
        assertThat(service.tickets()).noneMatch(t -> "cam-attr".equals(t.deviceId()));
    }

    @Test
    void a_5xx_is_retryable_not_ambiguous_and_the_next_try_succeeds() throws Exception {
        service.faults().failNext(1);

        Open311Exception failed = catchThrowableOfType(Open311Exception.class,
                () -> client.submit(dump("cam-5xx", "5xx then ok")));

        assertThat(failed.httpStatus()).isEqualTo(503);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.ambiguous()).isFalse();
        assertThat(client.submit(dump("cam-5xx", "5xx then ok")).serviceRequestId()).isNotBlank();
        assertThat(service.tickets()).filteredOn(t -> "cam-5xx".equals(t.deviceId())).hasSize(1);
    }

    @Test
    void a_response_dropped_after_the_store_is_ambiguous_and_reconciliation_finds_the_ticket() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        NewRequest intent = dump("cam-drop", "dump, answer dropped");
        service.faults().dropNext(1);

        Open311Exception lost = catchThrowableOfType(Open311Exception.class, () -> client.submit(intent));

        assertThat(lost.retryable()).isTrue();
        assertThat(lost.ambiguous()).isTrue();
        assertThat(lost.httpStatus()).isZero();
        ServiceRequest found = client.reconcile(intent, since).orElseThrow();
        assertThat(service.tickets()).filteredOn(t -> "cam-drop".equals(t.deviceId()))
                .extracting(SimTicket::id).containsExactly(found.serviceRequestId());
        assertThat(client.reconcile(dump("cam-drop", "another problem"), since)).isEmpty();
    }

    @Test
    void a_held_response_times_out_ambiguous_and_reconciliation_finds_the_ticket() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        NewRequest intent = dump("cam-hold", "dump, answer held");
        service.faults().holdNext(1);
        Open311Client impatient = client(KEY, Duration.ofMillis(300));

        Open311Exception late = catchThrowableOfType(Open311Exception.class, () -> impatient.submit(intent));
        service.faults().releaseHeld();

        assertThat(late.retryable()).isTrue();
        assertThat(late.ambiguous()).isTrue();
        assertThat(late.getMessage()).contains("no answer within 300 ms");
        assertThat(client.reconcile(intent, since)).isPresent();
        assertThat(client.requestsOf("cam-hold", since)).hasSize(1);
    }

    @Test
    void a_refused_connection_is_retryable_and_not_ambiguous() throws Exception {
        Open311Client nowhere = new Open311Client("nowhere", "http://127.0.0.1:1/open311/v2", Secret.of(KEY), null,
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        Open311Exception refused = catchThrowableOfType(Open311Exception.class, nowhere::services);

        assertThat(refused.retryable()).isTrue();
        assertThat(refused.ambiguous()).isFalse();
    }

    @Test
    void a_description_longer_than_4000_characters_is_refused_before_sending_or_fitted() {
        String long4001 = "x".repeat(4001);
        assertThatThrownBy(() -> dump("cam", long4001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4000");
        assertThat(NewRequest.fitDescription(long4001)).hasSize(4000).endsWith("...");
        assertThat(NewRequest.fitDescription("short")).isEqualTo("short");
    }

    private static NewRequest dump(String deviceId, String description) {
        return new NewRequest("ILLEGAL_DUMP", 48.87, 2.22, description, "https://hub.example/e/1", deviceId,
                Map.of("volume", "1 m3"));
    }

    private static Open311Client client(String key, Duration timeout) {
        Ticketing device = new Ticketing("waste-service", Protocol.OPEN311, service == null ? "http://unset"
                : service.endpoint(), Secret.of(key), JURISDICTION, Map.of("dump.detected", "ILLEGAL_DUMP"));
        return new Open311Client(device, timeout);
    }
}
