package city.relais.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigException;
import city.relais.config.CityConfigLoader;

/** A small city for hub tests: one camera, two automations on one lamp controller, on a free port. */
public final class TestCity {

    public static final String CAMERA = "street-1";
    public static final String ZONE = "sidewalk";
    public static final String FIRST_AUTOMATION = "dim-street";
    public static final String SECOND_AUTOMATION = "dim-street-copy";

    private TestCity() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the city file into {@code folder} and returns its path. {@code routesDir} may be null. */
    public static Path write(Path folder, int port, Path dataDir, Path routesDir) throws IOException {
        String yaml = """
                hub:
                  http: {host: 127.0.0.1, port: %d}
                  data-dir: %s
                %s  errors: {max-redeliveries: 1, redelivery-delay: 10ms, backoff-multiplier: 1}
                broker:
                  mode: embedded
                cameras:
                  - id: street-1
                    source: demo:street
                    zones:
                      sidewalk: [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]
                    skills:
                      - presence: {zone: sidewalk, classes: [person, bicycle], empty-after: 60s}
                devices:
                  - id: lights-1
                    kind: street-lights
                    protocol: opcua
                    endpoint: opc.tcp://127.0.0.1:4840/test
                    lamps:
                      L1: {node: "ns=2;s=L1.Level"}
                automations:
                  - id: dim-street
                    when: {camera: street-1, zone: sidewalk, events: [zone.occupied, zone.empty]}
                    policy: dim-when-empty
                    device: lights-1
                    lamps: [L1]
                    params: {night: always}
                  - id: dim-street-copy
                    when: {camera: street-1, zone: sidewalk, events: [zone.occupied]}
                    policy: dim-when-empty
                    device: lights-1
                    lamps: [L1]
                    params: {night: always}
                """.formatted(port, dataDir.toAbsolutePath(),
                routesDir == null ? "" : "  routes-dir: " + routesDir.toAbsolutePath() + "\n");
        Path file = folder.resolve("city.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    public static CityConfig load(Path file) {
        try {
            return CityConfigLoader.load(file);
        } catch (CityConfigException e) {
            throw new IllegalStateException("test city refused:\n" + e.getMessage(), e);
        }
    }
}
