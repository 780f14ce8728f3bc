package city.relais.hub.tickets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import city.relais.config.CityConfig;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.connectors.sim.open311.SimTicket;
import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.TestCity;
import city.relais.hub.runtime.RelaisHub;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditEntry.Step;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.TestStores;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole hub with the Open311 simulator, on H2 and on PostgreSQL: events in over HTTP, tickets out, evidence
 * links that work, the operators' API with tokens, and a skill suspended when its false positives pass 10%.
 */
class TicketHubTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final String EVIDENCE_ID = "snap_bin12_0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Open311Simulator simulator;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private RelaisHub start(TestStores.Engine engine) throws Exception {
        simulator = new Open311Simulator(SimService.demo(), "test-key-123", null, null, "127.0.0.1", 0,
                Clock.systemUTC()).start();
        int port = TestCity.freePort();
        base = "http://127.0.0.1:" + port;
        CityConfig city = TicketCity.load(folder, port, simulator.endpoint(), TestStores.store(engine));
        Files.createDirectories(city.hub().dataDir().resolve("evidence"));
        Files.write(city.hub().dataDir().resolve("evidence").resolve(EVIDENCE_ID + ".jpg"), jpeg());
        return new RelaisHub(city).start();
    }

    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'b', 'l', 'u', 'r', (byte) 0xFF,
                (byte) 0xD9};
    }

    private String post(EventType type, String camera, String zone, String evidence) throws Exception {
        CityEvent.Builder builder = CityEvent.builder(type, camera).zone(zone).confidence(0.9)
                .measurement("fill", 0.93).explanation("fill 0.93 above 0.80 for 600 s");
        if (evidence != null) {
            builder.evidence(evidence);
        }
        CityEvent event = builder.build();
        HttpResponse<String> response = send("POST", "/api/events", CODEC.encodeToString(event), null);
        assertThat(response.statusCode()).isEqualTo(202);
        return event.id();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<SimTicket> tickets(String code) {
        return simulator.tickets().stream().filter(t -> t.serviceCode().equals(code)).toList();
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void an_overflowing_bin_opens_exactly_one_ticket_with_a_working_evidence_link(TestStores.Engine engine)
            throws Exception {
        try (RelaisHub hub = start(engine)) {
            String first = post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", "evidence:" + EVIDENCE_ID);
            await().atMost(PATIENCE).until(() -> tickets("BIN_OVERFLOW").size() == 1);
            SimTicket ticket = tickets("BIN_OVERFLOW").get(0);
            assertThat(ticket.lat()).isEqualTo(48.8712);
            assertThat(ticket.lon()).isEqualTo(2.2261);
            assertThat(ticket.description()).startsWith("bin.overflowing at bin-corner/bin-12 (")
                    .endsWith("): fill 0.93 above 0.80 for 600 s");
            assertThat(ticket.mediaUrl()).startsWith(base + "/evidence/");
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(ticket.mediaUrl())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(image.body()).isEqualTo(jpeg());
            assertThat(send("GET", "/evidence/" + "A".repeat(43), null, null).statusCode()).isEqualTo(404);

            post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            AuditTrail audit = new AuditTrail(hub.store());
            await().atMost(PATIENCE).until(() -> audit.recent(200).stream()
                    .filter(e -> e.detail().startsWith("repeat of bin.overflowing")).count() == 2);
            assertThat(tickets("BIN_OVERFLOW")).hasSize(1);

            simulator.close(ticket.id(), "emptied");
            post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            await().atMost(PATIENCE).until(() -> tickets("BIN_OVERFLOW").size() == 2);

            await().atMost(PATIENCE).until(() -> audit.chain(first).stream().anyMatch(e -> e.step() == Step.ACK));
            List<AuditEntry> chain = audit.chain(first);
            assertThat(chain).extracting(AuditEntry::step).containsSubsequence(Step.EVENT, Step.RULE, Step.DECISION,
                    Step.COMMAND, Step.ACK, Step.VIEW);
            assertThat(chain).filteredOn(e -> e.step() == Step.VIEW).singleElement()
                    .satisfies(v -> assertThat(v.detail()).isEqualTo("viewed evidence " + EVIDENCE_ID));
        }
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void operators_confirm_and_dismiss_with_their_tokens(TestStores.Engine engine) throws Exception {
        try (RelaisHub hub = start(engine)) {
            String dump = post(EventType.DUMP_DETECTED, "square", "square", null);
            String loiter = post(EventType.LOITERING_DETECTED, "square", "gate", null);
            String removed = post(EventType.DUMP_REMOVED, "square", "square", null);
            assertThat(send("GET", "/api/alerts", null, null).statusCode()).isEqualTo(401);
            assertThat(send("GET", "/api/alerts", null, "not-a-token-at-all-000").statusCode()).isEqualTo(401);
            await().atMost(PATIENCE).until(() -> JSON.readTree(send("GET", "/api/alerts?state=pending", null,
                    TicketCity.TECH_TOKEN).body()).size() == 3);
            JsonNode alerts = JSON.readTree(send("GET", "/api/alerts", null, TicketCity.OPERATOR_TOKEN).body());
            long dumpAlert = idOf(alerts, dump);
            long loiterAlert = idOf(alerts, loiter);
            assertThat(alertOf(alerts, loiter).path("tier").asText()).isEqualTo("alert-only");
            assertThat(tickets("ILLEGAL_DUMP")).isEmpty();

            assertThat(send("POST", "/api/alerts/" + dumpAlert + "/confirm", "{}", null).statusCode()).isEqualTo(401);
            assertThat(send("POST", "/api/alerts/" + dumpAlert + "/confirm", "{}", TicketCity.TECH_TOKEN)
                    .statusCode()).isEqualTo(403);
            HttpResponse<String> confirmed = send("POST", "/api/alerts/" + dumpAlert + "/confirm",
                    "{\"reason\":\"mattress on the pavement\"}", TicketCity.OPERATOR_TOKEN);
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(confirmed.body()).path("decided_by").asText()).isEqualTo("agent-07");
            await().atMost(PATIENCE).until(() -> tickets("ILLEGAL_DUMP").size() == 1);
            assertThat(send("POST", "/api/alerts/" + dumpAlert + "/confirm", "{}", TicketCity.OPERATOR_TOKEN)
                    .statusCode()).isEqualTo(409);

            HttpResponse<String> dismissed = send("POST", "/api/alerts/" + loiterAlert + "/dismiss",
                    "{\"reason\":\"a parent waiting\"}", TicketCity.OPERATOR_TOKEN);
            assertThat(dismissed.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(dismissed.body()).path("state").asText()).isEqualTo("dismissed");
            assertThat(alertOf(alerts, removed).path("tier").asText()).isEqualTo("alert-only");
            assertThat(send("POST", "/api/alerts/" + idOf(alerts, removed) + "/confirm", "{}",
                    TicketCity.OPERATOR_TOKEN).statusCode()).isEqualTo(200);
            assertThat(simulator.tickets()).as("an alert-only tier never opens a ticket").hasSize(1);
            assertThat(new AuditTrail(hub.store()).chain(dump)).extracting(AuditEntry::actor)
                    .contains("agent-07", "waste-service");
        }
    }

    @ParameterizedTest
    @MethodSource("city.relais.hub.store.TestStores#engines")
    void a_skill_over_ten_percent_false_positives_stops_opening_tickets_while_alerts_continue(
            TestStores.Engine engine) throws Exception {
        try (RelaisHub hub = start(engine)) {
            // three tickets closed "nothing found": 3 false positives in 3 verdicts (min sample 3)
            for (int round = 1; round <= 3; round++) {
                post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
                int expected = round;
                await().atMost(PATIENCE).until(() -> tickets("BIN_OVERFLOW").size() == expected);
                simulator.close(tickets("BIN_OVERFLOW").get(round - 1).id(), "closed: nothing found");
            }
            // the next event learns of the third closing, suspends the skill, and still opens its ticket
            post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            await().atMost(PATIENCE).until(() -> tickets("BIN_OVERFLOW").size() == 4);
            await().atMost(PATIENCE).until(() -> send("GET", "/api/events?limit=50", null, null).body()
                    .contains("city.relais.skill.suspended"));
            assertThat(hub.operatorLoop().tickets().alerts().list("pending", 10)).isEmpty();

            String suspended = post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            await().atMost(PATIENCE).until(() -> hub.operatorLoop().tickets().alerts().list("pending", 10).stream()
                    .anyMatch(a -> a.eventId().equals(suspended) && a.tier().equals("suspended")));
            assertThat(tickets("BIN_OVERFLOW")).as("no automatic ticket while suspended").hasSize(4);
            assertThat(send("GET", "/metrics", null, null).body())
                    .contains("relais_skill_suspended{camera=\"bin-corner\",skill=\"bin.overflowing\"} 1.0");

            assertThat(send("POST", "/api/skills/bin.overflowing/bin-corner/resume", "", TicketCity.OPERATOR_TOKEN)
                    .statusCode()).isEqualTo(403);
            assertThat(send("POST", "/api/skills/bin.overflowing/bin-corner/resume", "", TicketCity.ADMIN_TOKEN)
                    .statusCode()).isEqualTo(200);
            simulator.close(tickets("BIN_OVERFLOW").get(3).id(), "emptied");
            post(EventType.BIN_OVERFLOWING, "bin-corner", "bin-12", null);
            await().atMost(PATIENCE).until(() -> tickets("BIN_OVERFLOW").size() == 5);
        }
    }

    private static JsonNode alertOf(JsonNode alerts, String eventId) {
        for (JsonNode alert : alerts) {
            if (alert.path("event_id").asText().equals(eventId)) {
                return alert;
            }
        }
        throw new AssertionError("no alert for event " + eventId + " in " + alerts);
    }

    private static long idOf(JsonNode alerts, String eventId) {
        return alertOf(alerts, eventId).path("id").asLong();
    }
}
