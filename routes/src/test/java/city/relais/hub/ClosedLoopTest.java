package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.relais.config.CityConfig;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.connectors.sim.open311.SimTicket;
import city.relais.hub.cameras.CameraSources;
import city.relais.hub.runtime.RelaisHub;
import city.relais.models.ModelCatalog;
import city.relais.models.ModelLocations;
import city.relais.models.ModelRegistry;
import city.relais.models.SharedFolder;
import city.relais.vision.scenario.ScenarioRecipe;
import city.relais.vision.scenario.ScenarioSuite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Camera frames to a device, in one hub: a generated scenario clip (a pile of bags growing next to a bin, composited
 * on the real parking-lane clip) is analysed by the hub's own camera runtime (detector, tracker, bin skill), the
 * {@code bin.overflowing} event goes through the broker to the ticket automation, and the Open311 simulator ends with
 * exactly one ticket for that bin.
 */
class ClosedLoopTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path folder;

    @Test
    void a_pile_growing_next_to_a_bin_on_camera_opens_exactly_one_ticket() throws Exception {
        Path shared = SharedFolder.require("clips/parking-lane-topdown.mp4").getParent().getParent();
        ScenarioRecipe recipe = ScenarioSuite.all().stream().filter(r -> r.name().equals("bin-pile-day")).findFirst()
                .orElseThrow();
        Path clips = Files.createDirectories(folder.resolve("clips"));
        recipe.write(clips, shared);
        ObjectNode scenario = (ObjectNode) YAML.readTree(clips.resolve("bin-pile-day.scenario.yaml").toFile());
        ObjectNode camera = (ObjectNode) scenario.get("camera");
        camera.put("id", "bin-corner");
        camera.put("source", clips.resolve(scenario.get("clip").asText()).toAbsolutePath().toString());
        camera.putObject("location").put("latitude", 48.8712).put("longitude", 2.2261);
        String zone = camera.get("zones").fieldNames().next();

        try (Open311Simulator simulator = new Open311Simulator(SimService.demo(), "loop-key-123", null, null,
                "127.0.0.1", 0, Clock.systemUTC()).start()) {
            CityConfig city = TestCity.load(writeCity(camera, simulator.endpoint()));
            ModelRegistry models = new ModelRegistry(ModelCatalog.builtIn(),
                    new ModelLocations(List.of(shared.resolve("models")), folder.resolve("cache"), false));
            try (RelaisHub hub = new RelaisHub(city).cameraSources(CameraSources.AS_CONFIGURED, true).models(models)
                    .start()) {
                assertThat(hub.cameras().size()).isEqualTo(1);
                assertThat(hub.cameras().awaitEnd(Duration.ofMinutes(2))).as("the clip played to its end").isTrue();
                await().atMost(Duration.ofSeconds(30)).until(() -> simulator.tickets().size() >= 1);
                Thread.sleep(2_000);
                List<SimTicket> tickets = simulator.tickets();
                assertThat(tickets).as("exactly one ticket for the bin").hasSize(1);
                assertThat(tickets.get(0).serviceCode()).isEqualTo("BIN_OVERFLOW");
                assertThat(tickets.get(0).description()).contains("bin.overflowing").contains(zone);
                assertThat(hub.cameras().framesAnalysed().get("bin-corner")).isGreaterThan(50L);
            }
        }
    }

    private Path writeCity(ObjectNode camera, String open311) throws Exception {
        ObjectNode city = YAML.createObjectNode();
        ObjectNode hub = city.putObject("hub");
        hub.putObject("http").put("host", "127.0.0.1").put("port", TestCity.freePort());
        hub.put("data-dir", folder.resolve("data").toAbsolutePath().toString());
        city.putArray("cameras").add(camera);
        ObjectNode device = city.putArray("devices").addObject();
        device.put("id", "waste-service").put("kind", "ticketing").put("protocol", "open311").put("endpoint", open311)
                .put("api-key", "${env:RELAIS_TEST_NO_KEY:-loop-key-123}");
        device.putObject("services").put("bin.overflowing", "BIN_OVERFLOW");
        ObjectNode automation = city.putArray("automations").addObject();
        automation.put("id", "bins").put("policy", "ticket").put("device", "waste-service");
        automation.putObject("when").put("camera", "bin-corner").putArray("events").add("bin.overflowing");
        automation.putObject("tier").put("bin.overflowing", "automatic");
        Path file = folder.resolve("city.yaml");
        YAML.writeValue(file.toFile(), city);
        return file;
    }
}
