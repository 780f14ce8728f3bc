package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.broker.Addresses;
import city.relais.hub.cli.RelaisCommand;
import city.relais.hub.runtime.RelaisHub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** One hub in this JVM on a free port with the embedded broker; events in over HTTP and over the broker. */
class HubRuntimeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @TempDir
    static Path folder;

    static RelaisHub hub;
    static HttpProbe http;
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        int port = TestCity.freePort();
        dataDir = folder.resolve("data");
        Path userRoutes = Files.createDirectories(folder.resolve("user-routes"));
        Files.writeString(userRoutes.resolve("always-fails.camel.yaml"), """
                - route:
                    id: always-fails
                    routeConfigurationId: relais-errors
                    from:
                      uri: "jms:topic:{{relais.events.address}}"
                      parameters:
                        subscriptionDurable: true
                        subscriptionShared: true
                        durableSubscriptionName: user-always-fails
                        acknowledgementModeName: CLIENT_ACKNOWLEDGE
                      steps:
                        - filter:
                            simple: "${body} contains 'fail-me'"
                            steps:
                              - throwException:
                                  exceptionType: java.lang.IllegalStateException
                                  message: "this user route always fails"
                """);
        hub = new RelaisHub(TestCity.load(TestCity.write(folder, port, dataDir, userRoutes))).start();
        http = new HttpProbe(port);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    private static CityEvent occupied(String explanation) {
        return CityEvent.builder(EventType.ZONE_OCCUPIED, TestCity.CAMERA).zone(TestCity.ZONE).trackId(7)
                .objectClass("person").confidence(0.9).measurement("framesInside", 3).explanation(explanation)
                .build();
    }

    private static long actionsFor(String eventId) {
        return ActionFiles.read(dataDir).stream().filter(a -> eventId.equals(a.path("eventId").asText())).count();
    }

    @Test
    void health_is_up_with_broker_and_every_route_started() throws Exception {
        var response = http.get("/health");
        JsonNode health = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("broker").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("routes").path("automation-dim-street").asText()).isEqualTo("Started");
        assertThat(health.path("routes").path("always-fails").asText()).isEqualTo("Started");
        assertThat(health.path("automations").path(TestCity.FIRST_AUTOMATION).path("route").asText())
                .isEqualTo("Started");
    }

    @Test
    void posted_event_is_acted_on_once_by_each_automation_and_counted() {
        CityEvent event = occupied("posted over HTTP");
        var response = http.post("/api/events", CODEC.encodeToString(event));
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains(event.id());

        await().atMost(PATIENCE).until(() -> actionsFor(event.id()) == 2);
        List<String> automations = ActionFiles.read(dataDir).stream()
                .filter(a -> event.id().equals(a.path("eventId").asText()))
                .map(a -> a.path("automation").asText()).sorted().toList();
        assertThat(automations).containsExactly(TestCity.FIRST_AUTOMATION, TestCity.SECOND_AUTOMATION);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(http.get("/metrics").body())
                .contains("relais_events_received_total{type=\"zone.occupied\"}")
                .contains("outcome=\"acted\"")
                .contains("relais_dead_letters"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(http.get("/api/events?limit=1000").body())
                .contains(event.id()));
    }

    @Test
    void event_not_concerning_an_automation_is_ignored_by_it() {
        CityEvent empty = CityEvent.builder(EventType.ZONE_EMPTY, TestCity.CAMERA).zone(TestCity.ZONE).build();
        assertThat(http.post("/api/events", CODEC.encodeToString(empty)).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> actionsFor(empty.id()) == 1);
        assertThat(ActionFiles.read(dataDir).stream()
                .filter(a -> empty.id().equals(a.path("eventId").asText()))
                .map(a -> a.path("automation").asText())).containsExactly(TestCity.FIRST_AUTOMATION);
    }

    @Test
    void replay_sends_a_file_of_events_and_reports_its_bad_lines() throws Exception {
        CityEvent first = occupied("replayed 1");
        CityEvent second = occupied("replayed 2");
        Path file = folder.resolve("replay.jsonl");
        Files.writeString(file, "# two events and a bad line\n" + CODEC.encodeToString(first) + "\n"
                + "{\"specversion\":\"1.0\"}\n" + CODEC.encodeToString(second) + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RelaisCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute("replay", "--events", file.toString(), "--rate", "0", "--url", http.base());
        assertThat(exit).as("a refused line makes the exit code 2").isEqualTo(2);
        assertThat(err.toString()).contains("replay.jsonl:3:");
        assertThat(out.toString()).contains("replayed 2 event(s)");
        await().atMost(PATIENCE).until(() -> actionsFor(first.id()) == 2 && actionsFor(second.id()) == 2);
    }

    @Test
    void invalid_posted_event_is_refused_with_its_reason_and_nothing_published() throws Exception {
        String good = CODEC.encodeToString(occupied("good half of a bad batch"));
        String bad = good.replace("city.relais.zone.occupied", "city.relais.zone.bogus");
        var response = http.post("/api/events", "[" + good + "," + bad + "]");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode reply = JSON.readTree(response.body());
        assertThat(reply.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(reply.path("rejected").get(0).path("reason").asText()).contains("zone.bogus");
        assertThat(http.post("/api/events", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void malformed_message_on_the_event_address_lands_on_dead_letters_with_its_reason() throws Exception {
        try (Connection connection = hub.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageProducer producer = session.createProducer(session.createTopic(Addresses.EVENTS));
            producer.send(session.createTextMessage("this is not a CloudEvent"));

            MessageConsumer deadLetters = session.createConsumer(session.createQueue(Addresses.DEAD_LETTERS),
                    Addresses.FAILED_ROUTE_HEADER + " = 'automation-dim-street'");
            Message dead = deadLetters.receive(PATIENCE.toMillis());
            assertThat(dead).as("a dead letter from automation-dim-street").isNotNull();
            assertThat(dead.getStringProperty(Addresses.FAILURE_REASON_HEADER)).contains("not JSON");
            assertThat(dead.getBody(String.class)).isEqualTo("this is not a CloudEvent");
        }
        CityEvent after = occupied("after the malformed one");
        assertThat(http.post("/api/events", CODEC.encodeToString(after)).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> actionsFor(after.id()) == 2);
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void a_route_that_throws_does_not_stop_the_others() throws Exception {
        CityEvent doomed = occupied("fail-me: the user route throws on this one");
        assertThat(http.post("/api/events", CODEC.encodeToString(doomed)).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> actionsFor(doomed.id()) == 2);

        try (Connection connection = hub.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageConsumer deadLetters = session.createConsumer(session.createQueue(Addresses.DEAD_LETTERS),
                    Addresses.FAILED_ROUTE_HEADER + " = 'always-fails'");
            Message dead = deadLetters.receive(PATIENCE.toMillis());
            assertThat(dead).as("the user route's failure is dead-lettered").isNotNull();
            assertThat(dead.getStringProperty(Addresses.FAILURE_REASON_HEADER))
                    .contains("this user route always fails");
            assertThat(dead.getBody(String.class)).contains(doomed.id());
        }
        CityEvent later = occupied("after the failure");
        assertThat(http.post("/api/events", CODEC.encodeToString(later)).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> actionsFor(later.id()) == 2);
        JsonNode health = JSON.readTree(http.get("/health").body());
        assertThat(health.path("routes").path("always-fails").asText()).isEqualTo("Started");
        assertThat(health.path("status").asText()).isEqualTo("UP");
    }
}
