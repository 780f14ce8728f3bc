package city.relais.connectors.sim.open311;

import city.relais.config.Secret;
import city.relais.connectors.open311.NewRequest;
import city.relais.connectors.open311.Open311Client;
import city.relais.connectors.open311.Open311Exception;
import city.relais.connectors.open311.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Open311SimulatorTest {

    private static final String KEY = "sim-key";
    private static final NewRequest BIN = new NewRequest("BIN_OVERFLOW", 48.87, 2.22, "bin full", null, "cam-1",
            Map.of("asset_id", "BIN-1"));

    @TempDir
    Path dir;

    @Test
    void tickets_and_their_status_survive_a_restart_when_kept_in_a_file() throws Exception {
        Path file = dir.resolve("open311-tickets.json");
        String id;
        int port;
        try (Open311Simulator first = simulator(file, 0).start()) {
            port = first.port();
            id = client(first).submit(BIN).serviceRequestId();
            first.close(id, "emptied");
        }
        try (Open311Simulator second = simulator(file, port).start()) {
            Open311Client client = client(second);
            assertThat(client.request(id).orElseThrow().requestStatus()).isEqualTo(RequestStatus.CLOSED);
            assertThat(second.ticket(id).orElseThrow().attributes()).containsEntry("asset_id", "BIN-1");
            String next = client.submit(BIN).serviceRequestId();
            assertThat(next).isNotEqualTo(id);
        }
    }

    @Test
    void faults_and_closes_are_set_over_http_and_unknown_tickets_are_404() throws Exception {
        try (Open311Simulator simulator = simulator(null, 0).start()) {
            Open311Client client = client(simulator);
            assertThat(admin(simulator, "/faults", "fail_next=2").statusCode()).isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                assertThat(catchThrowableOfType(Open311Exception.class, client::services).httpStatus())
                        .isEqualTo(503);
            }
            assertThat(client.services()).hasSize(2);
            assertThat(admin(simulator, "/requests/999/close", "status_notes=x").statusCode()).isEqualTo(404);
            assertThat(catchThrowableOfType(Open311Exception.class, () -> client.request("999")).httpStatus())
                    .isEqualTo(404);
            assertThat(admin(simulator, "/faults", "fail_next=many").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void added_latency_delays_answers_and_a_wrong_jurisdiction_is_404() throws Exception {
        try (Open311Simulator simulator = simulator(null, 0).start()) {
            simulator.faults().latency(Duration.ofMillis(200));
            long start = System.nanoTime();
            client(simulator).services();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            simulator.faults().clear();

            Open311Client elsewhere = new Open311Client("w", simulator.endpoint(), Secret.of(KEY), "other.city",
                    Duration.ofSeconds(2), Duration.ofSeconds(2));
            Open311Exception refused = catchThrowableOfType(Open311Exception.class, () -> elsewhere.submit(BIN));
            assertThat(refused.httpStatus()).isEqualTo(404);
            assertThat(refused.serviceMessage()).contains("jurisdiction_id other.city not found");
        }
    }

    @Test
    void the_command_line_takes_known_options_with_values() {
        assertThat(Open311Simulator.options(new String[]{"--port", "0", "--store", "t.json"}))
                .containsEntry("--port", "0").containsEntry("--store", "t.json");
        assertThatThrownBy(() -> Open311Simulator.options(new String[]{"--port"}))
                .hasMessageContaining("usage");
        assertThatThrownBy(() -> Open311Simulator.options(new String[]{"--key", "x"}))
                .hasMessageContaining("unknown option --key");
    }

    private static Open311Simulator simulator(Path file, int port) {
        return new Open311Simulator(SimService.demo(), KEY, "demo.relais.city", file, "127.0.0.1", port,
                Clock.systemUTC());
    }

    private static Open311Client client(Open311Simulator simulator) {
        return new Open311Client("waste", simulator.endpoint(), Secret.of(KEY), "demo.relais.city",
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static HttpResponse<String> admin(Open311Simulator simulator, String path, String form)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + simulator.port() + Open311Simulator.ADMIN_PATH + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
