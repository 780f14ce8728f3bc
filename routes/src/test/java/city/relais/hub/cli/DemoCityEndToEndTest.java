package city.relais.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.connectors.sim.LevelChange;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimTicket;
import city.relais.connectors.sim.traffic.RequestRecord;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.ControllerMode;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.hub.TestCity;
import city.relais.hub.cameras.ScenarioClips;
import city.relais.hub.runtime.RelaisHub;
import city.relais.hub.timeline.Timeline;
import city.relais.models.ModelCatalog;
import city.relais.models.ModelLocations;
import city.relais.models.ModelRegistry;
import city.relais.models.SharedFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

/**
 * The demo city once, headless, as {@code relais run --once} plays it: its five cameras on their generated scenario
 * clips, analysed by the hub, the embedded broker and the three simulators, and the device side checked exactly: the
 * lamp group's level history, the traffic controller's served and cancelled priority request and the detector call's
 * phase change with no conflict-monitor trip, one ticket for the bin with a blurred evidence link that answers, and
 * the dump's ticket opened by an operator's confirmation through the API.
 */
class DemoCityEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR_TOKEN = "demo-operator-token-07";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_demo_city_ends_as_the_right_commands_on_the_right_devices() throws Exception {
        Path shared = SharedFolder.require("clips/TUD-Stadtmitte.mp4").getParent().getParent();
        CityConfig city = demoCityOnFreePorts();
        ModelRegistry models = new ModelRegistry(ModelCatalog.builtIn(),
                new ModelLocations(List.of(shared.resolve("models")), folder.resolve("cache"), false));
        Timeline timeline = new Timeline(city, null);
        try (LightingSimulators lights = DemoSimulators.startFor(city);
             TrafficControllerSimulator traffic = DemoSimulators.startTrafficFor(city);
             Open311Simulator open311 = DemoSimulators.startOpen311For(city);
             RelaisHub hub = new RelaisHub(city).timeline(timeline).models(models)
                     .cameraSources(new ScenarioClips(folder.resolve("clips"), shared), true).start()) {
            assertThat(hub.cameras().size()).isEqualTo(5);
            assertThat(hub.cameras().awaitEnd(Duration.ofMinutes(3))).as("every clip played to its end").isTrue();

            // the bin: exactly one ticket, its blurred evidence answers as an image
            await().atMost(PATIENCE).until(() -> tickets(open311, "BIN_OVERFLOW").size() == 1);
            SimTicket bin = tickets(open311, "BIN_OVERFLOW").get(0);
            assertThat(bin.lat()).isEqualTo(48.8712);
            assertThat(bin.description()).contains("bin.overflowing").contains("bin-12");
            assertAnImage(bin.mediaUrl());

            // the dump waits for an operator: no ticket until the confirmation, then exactly one
            String base = "http://127.0.0.1:" + city.hub().http().port();
            await().atMost(PATIENCE).until(() -> pendingAlerts(base, "dump.detected").size() == 1);
            assertThat(tickets(open311, "ILLEGAL_DUMP")).isEmpty();
            JsonNode alert = pendingAlerts(base, "dump.detected").get(0);
            assertThat(alert.path("camera").asText()).isEqualTo("square");
            HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts/"
                            + alert.path("id").asLong() + "/confirm"))
                    .header("Authorization", "Bearer " + OPERATOR_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"boxes left on the square\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> tickets(open311, "ILLEGAL_DUMP").size() == 1);
            assertAnImage(tickets(open311, "ILLEGAL_DUMP").get(0).mediaUrl());
            assertThat(tickets(open311, "BIN_OVERFLOW")).hasSize(1);

            // the ambulance on E: its request served (the green held), then cancelled once it crossed the line
            await().atMost(PATIENCE).until(() -> traffic.controller().requestHistory().stream()
                    .anyMatch(r -> r.status() == RequestStatus.CANCELLED));
            List<RequestRecord> requests = traffic.controller().requestHistory();
            assertThat(requests.stream().map(RequestRecord::requestId).distinct()).as("one request").hasSize(1);
            assertThat(requests).extracting(RequestRecord::status).containsSubsequence(RequestStatus.SERVED,
                    RequestStatus.CANCELLED);
            // the car waiting on N: its detector call brought the N-S phase to green after E-W's clearance
            assertThat(traffic.controller().log()).anySatisfy(change ->
                    assertThat(change.toString()).contains("phase 2").contains("GREEN").contains("call on phase 2"));
            assertThat(SafetyAudit.violations(traffic.controller())).as("no conflict, no shortened clearance")
                    .isEmpty();
            assertThat(traffic.controller().mode()).isNotEqualTo(ControllerMode.FLASH);

            // the night street: raised from the 50 % program on presence, down to the 20 % floor after the hold
            SimulatedLamp lamp = lights.opcua().orElseThrow().lamp("L1");
            await().atMost(PATIENCE).until(() -> lamp.history().stream().anyMatch(c -> c.toPercent() == 20));
            List<LevelChange> history = lamp.history();
            assertThat(history).extracting(LevelChange::fromPercent, LevelChange::toPercent)
                    .startsWith(org.assertj.core.groups.Tuple.tuple(50.0, 100.0),
                            org.assertj.core.groups.Tuple.tuple(100.0, 20.0));
            assertThat(history.subList(0, 2)).extracting(LevelChange::cause)
                    .containsOnly(LevelChange.Cause.COMMAND);
            Instant empty = timeline.lines().stream()
                    .filter(l -> l.step().equals("event") && l.detail().startsWith("zone.empty"))
                    .map(Timeline.Line::at).findFirst().orElseThrow();
            assertThat(Duration.between(empty, history.get(1).at())).as("the floor comes after the 2 s hold")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            for (String other : List.of("L2", "L3", "L4")) {
                assertThat(lights.opcua().orElseThrow().lamp(other).targetLevel()).isEqualTo(20.0);
            }

            // the timeline shows every chain: event, decision, and the device's answer
            assertThat(timeline.summary().rows()).extracting(r -> r.camera()).containsExactlyInAnyOrder(
                    "night-street", "crossing-east", "crossing-north", "bin-corner", "square");
            assertThat(timeline.summary().rows()).filteredOn(r -> !r.camera().equals("square"))
                    .allSatisfy(r -> assertThat(r.ackMillis()).as(r.camera()).isNotEmpty());
        } finally {
            timeline.close();
        }
    }

    /** The embedded demo city with its HTTP API and simulators on free ports, its data in the test's folder. */
    private CityConfig demoCityOnFreePorts() throws Exception {
        String yaml;
        try (InputStream in = DemoCityEndToEndTest.class.getResourceAsStream("/examples/demo-city.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("127.0.0.1:4840", "127.0.0.1:" + TestCity.freePort())
                .replace("127.0.0.1:5020", "127.0.0.1:" + TestCity.freePort())
                .replace("127.0.0.1:8311", "127.0.0.1:" + TestCity.freePort());
        CityConfig city = new CityConfigLoader(System::getenv).parse("demo-city.yaml", yaml, null);
        return city.withHub(city.hub().withHttpPort(TestCity.freePort()).withDataDir(folder.resolve("data")));
    }

    private static List<SimTicket> tickets(Open311Simulator simulator, String code) {
        return simulator.tickets().stream().filter(t -> t.serviceCode().equals(code)).toList();
    }

    private List<JsonNode> pendingAlerts(String base, String type) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts?state=pending"))
                        .header("Authorization", "Bearer " + OPERATOR_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(reply.body()).spliterator(), false)
                .filter(a -> a.path("type").asText().equals(type)).toList();
    }

    private void assertAnImage(String url) throws Exception {
        assertThat(url).as("a media_url").isNotBlank();
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.body()))).as("a decodable JPEG").isNotNull();
    }
}
