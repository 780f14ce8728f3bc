package city.relais.hub.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import city.relais.config.CityConfig;
import city.relais.config.Store;
import city.relais.hub.TestCity;

/**
 * A city with a bin (automatic tickets), a square (illegal dumps, operator-confirmed), a gate (loitering, alert
 * only), an Open311 ticketing service, three operators and a small precision window.
 */
final class TicketCity {

    static final String OPERATOR_TOKEN = "agent-07-token-0123456789";
    static final String ADMIN_TOKEN = "admin-1-token-0123456789ab";
    static final String TECH_TOKEN = "tech-3-token-0123456789abc";

    private TicketCity() {
    }

    static CityConfig load(Path folder, int httpPort, String open311Endpoint, Store store) throws IOException {
        String yaml = """
                hub:
                  http: {host: 127.0.0.1, port: %d}
                  data-dir: %s
                  errors: {max-redeliveries: 3, redelivery-delay: 50ms, backoff-multiplier: 2}
                  precision: {window: 10, min-sample: 3}
                cameras:
                  - id: bin-corner
                    source: demo:bin-corner
                    location: {latitude: 48.8712, longitude: 2.2261}
                    zones:
                      bin-12: [[0.80, 0.60], [0.86, 0.60], [0.86, 0.72], [0.80, 0.72]]
                    skills:
                      - bin: {zone: bin-12, ring: 0.04, fill-threshold: 0.8, overflow-after: 10min}
                  - id: square
                    source: demo:square
                    location: {latitude: 48.8698, longitude: 2.2240}
                    calibration:
                      - {image: [0.10, 0.90], ground: [0.0, 0.0]}
                      - {image: [0.90, 0.90], ground: [20.0, 0.0]}
                      - {image: [0.75, 0.35], ground: [20.0, 25.0]}
                      - {image: [0.25, 0.35], ground: [0.0, 25.0]}
                    zones:
                      square: [[0.10, 0.40], [0.90, 0.40], [0.95, 0.95], [0.05, 0.95]]
                      gate: [[0.40, 0.40], [0.60, 0.40], [0.60, 0.60], [0.40, 0.60]]
                    skills:
                      - illegal-dump: {zone: square, min-area-m2: 0.25, static-for: 5min, owner-radius-m: 3}
                      - loitering: {zone: gate, max-presence: 5min}
                devices:
                  - id: waste-service
                    kind: ticketing
                    protocol: open311
                    endpoint: %s
                    api-key: ${env:RELAIS_TEST_OPEN311_KEY:-test-key-123}
                    services: {bin.overflowing: BIN_OVERFLOW, dump.detected: ILLEGAL_DUMP, dump.removed: ILLEGAL_DUMP}
                automations:
                  - id: bins
                    when: {camera: bin-corner, events: [bin.overflowing]}
                    policy: ticket
                    device: waste-service
                    tier: {bin.overflowing: automatic}
                  - id: dumps
                    when: {camera: square, zone: square, events: [dump.detected]}
                    policy: ticket
                    device: waste-service
                    tier: {dump.detected: operator-confirmed}
                  - id: dumps-gone
                    when: {camera: square, zone: square, events: [dump.removed]}
                    policy: ticket
                    device: waste-service
                    tier: {dump.removed: alert-only}
                  - id: gate-watch
                    when: {camera: square, zone: gate, events: [loitering.detected]}
                    policy: operator-alert
                operators:
                  - {id: agent-07, role: operator, token: "${env:RELAIS_TEST_NO_TOKEN:-%s}"}
                  - {id: admin-1, role: admin, token: "${env:RELAIS_TEST_NO_TOKEN:-%s}"}
                  - {id: tech-3, role: technician, token: "${env:RELAIS_TEST_NO_TOKEN:-%s}"}
                """.formatted(httpPort, folder.resolve("data").toAbsolutePath(), open311Endpoint, OPERATOR_TOKEN,
                ADMIN_TOKEN, TECH_TOKEN);
        Path file = folder.resolve("city.yaml");
        Files.writeString(file, yaml);
        CityConfig city = TestCity.load(file);
        return city.withHub(city.hub().withStore(store));
    }
}
