package city.relais.hub.lighting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A city with one street camera and one dim-when-empty automation on an OPC UA street-light controller. */
final class LightingCity {

    static final String CAMERA = "street-1";
    static final String ZONE = "sidewalk";

    private LightingCity() {
    }

    static Path write(Path folder, int httpPort, Path dataDir, String opcuaEndpoint, String lease) throws IOException {
        return write(folder, httpPort, dataDir, opcuaEndpoint, lease, "2s");
    }

    static Path write(Path folder, int httpPort, Path dataDir, String opcuaEndpoint, String lease, String hold)
            throws IOException {
        String yaml = """
                hub:
                  http: {host: 127.0.0.1, port: %d}
                  data-dir: %s
                cameras:
                  - id: street-1
                    source: demo:street
                    zones:
                      sidewalk: [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]
                    skills:
                      - presence: {zone: sidewalk, classes: [person]}
                devices:
                  - id: lights-1
                    kind: street-lights
                    protocol: opcua
                    endpoint: %s
                    lamps:
                      L1: {node: "ns=2;s=L1.Level", watts: 60}
                      L2: {node: "ns=2;s=L2.Level", watts: 60}
                automations:
                  - id: dim-street
                    when: {camera: street-1, zone: sidewalk, events: [zone.occupied, zone.empty]}
                    policy: dim-when-empty
                    device: lights-1
                    params: {night: always, floor: 20, level-on-presence: 100, ramp-up: 1s, ramp-down: 1s,
                             hold: %s, max-changes-per-hour: 12, lease: %s}
                """.formatted(httpPort, dataDir.toAbsolutePath(), opcuaEndpoint, hold, lease);
        Path file = folder.resolve("city.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
