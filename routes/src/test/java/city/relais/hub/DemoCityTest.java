package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.hub.runtime.RelaisHub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo city fed by recorded events instead of its cameras ({@code hub.demo}: the built-in recorded-events source
 * replays {@code demo/demo-events.jsonl}); its {@code demo:} cameras are not analysed here.
 */
class DemoCityTest {

    private static final Pattern RECEIVED = Pattern.compile("(?m)^relais_events_received_total\\{[^}]*} (\\S+)$");

    @TempDir
    Path folder;

    static double receivedTotal(String metrics) {
        Matcher m = RECEIVED.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    @Test
    void the_demo_city_on_recorded_events_runs_and_its_event_counters_rise() throws Exception {
        String yaml;
        try (var in = DemoCityTest.class.getResourceAsStream("/examples/demo-city.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("hub:\n", "hub:\n  demo: {events: classpath:demo/demo-events.jsonl, rate: 2, loop: true}\n");
        CityConfig demo = new CityConfigLoader(System::getenv).parse("demo-city.yaml (recorded events)", yaml,
                null);
        assertThat(demo.hub().demo()).isNotNull();
        int port = TestCity.freePort();
        Path data = folder.resolve("data");
        demo = demo.withHub(demo.hub().withHttpPort(port).withDataDir(data));
        try (RelaisHub hub = new RelaisHub(demo).start()) {
            HttpProbe http = new HttpProbe(port);
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedTotal(http.get("/metrics").body()) >= 2);
            double first = receivedTotal(http.get("/metrics").body());
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedTotal(http.get("/metrics").body()) > first);
            await().atMost(Duration.ofSeconds(30)).until(() -> !ActionFiles.read(data).isEmpty());
            assertThat(ActionFiles.read(data).get(0).path("automation").asText()).isNotBlank();
        }
    }
}
