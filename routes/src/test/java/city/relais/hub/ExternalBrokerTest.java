package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.broker.EmbeddedBroker;
import city.relais.hub.runtime.RelaisHub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broker.mode: external}: no embedded broker, the hub works through a broker reached over TCP. */
class ExternalBrokerTest {

    @TempDir
    Path folder;

    @Test
    void hub_uses_an_external_broker_over_tcp_and_reports_it() throws Exception {
        int brokerPort = TestCity.freePort();
        try (EmbeddedBroker external = new EmbeddedBroker(folder.resolve("external-broker"), brokerPort)) {
            external.start();
            int port = TestCity.freePort();
            Path data = folder.resolve("data");
            Path city = TestCity.write(folder, port, data, null);
            Files.writeString(city, Files.readString(city).replace("  mode: embedded",
                    "  mode: external\n  url: tcp://127.0.0.1:" + brokerPort));

            try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
                HttpProbe http = new HttpProbe(port);
                JsonNode health = new ObjectMapper().readTree(http.get("/health").body());
                assertThat(health.path("status").asText()).isEqualTo("UP");
                assertThat(health.path("broker").path("broker").asText())
                        .isEqualTo("external, tcp://127.0.0.1:" + brokerPort);
                assertThat(health.path("broker").path("deadLetters").asLong()).isZero();

                CityEvent event = CityEvent.builder(EventType.ZONE_OCCUPIED, TestCity.CAMERA).zone(TestCity.ZONE)
                        .build();
                assertThat(http.post("/api/events", new CloudEventCodec().encodeToString(event)).statusCode())
                        .isEqualTo(202);
                await().atMost(Duration.ofSeconds(30)).until(() -> ActionFiles.read(data).size() == 2);
                assertThat(external.backlogBySubscription()).containsKeys("automation-dim-street",
                        "automation-dim-street-copy");
            }
            assertThat(data.resolve("broker")).as("no embedded journal when the broker is external").doesNotExist();
        }
    }
}
