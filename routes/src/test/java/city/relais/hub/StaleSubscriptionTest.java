package city.relais.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import city.relais.hub.runtime.RelaisHub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An automation removed from the city file must not leave a subscription that fills the journal forever. */
class StaleSubscriptionTest {

    @TempDir
    Path folder;

    @Test
    void subscription_of_a_removed_automation_is_dropped_at_start() throws Exception {
        Path data = folder.resolve("data");
        Path city = TestCity.write(folder, TestCity.freePort(), data, null);
        try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
            assertThat(hub.brokerMonitor().backlogBySubscription())
                    .containsKeys("automation-dim-street", "automation-dim-street-copy");
        }
        String yaml = Files.readString(city);
        Files.writeString(city, yaml.substring(0, yaml.indexOf("  - id: dim-street-copy")));
        try (RelaisHub hub = new RelaisHub(TestCity.load(city)).start()) {
            assertThat(hub.brokerMonitor().backlogBySubscription()).containsOnlyKeys("automation-dim-street");
        }
    }
}
