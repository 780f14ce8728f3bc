package city.relais.hub.traffic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A crossing watched by one camera: emergency-vehicle skills on the north and east approaches, an on-demand skill
 * on the north waiting zone; a Modbus traffic controller; an emergency-priority automation and a night on-demand
 * automation (22:00..06:00).
 */
final class TrafficCity {

    static final String CAMERA = "crossing";
    static final String NORTH = "approach-north";
    static final String EAST = "approach-east";
    static final String WAITING = "waiting-north";

    private TrafficCity() {
    }

    static String yaml(int httpPort, Path dataDir, String controllerAddress) {
        return """
                hub:
                  http: {host: 127.0.0.1, port: %d}
                  data-dir: %s
                broker:
                  mode: embedded
                cameras:
                  - id: crossing
                    source: demo:crossing
                    zones:
                      approach-north: [[0.35, 0.20], [0.65, 0.20], [0.75, 0.80], [0.25, 0.80]]
                      approach-east: [[0.70, 0.40], [0.95, 0.40], [0.95, 0.60], [0.70, 0.60]]
                      waiting-north: [[0.25, 0.80], [0.75, 0.80], [0.78, 0.95], [0.22, 0.95]]
                    lines:
                      stop-north: {points: [[0.25, 0.80], [0.75, 0.80]], direction: down}
                      stop-east: {points: [[0.70, 0.40], [0.70, 0.60]], direction: left}
                    skills:
                      - emergency-vehicle: {zone: approach-north, stop-line: stop-north, signal: tl-1, approach: N}
                      - emergency-vehicle: {zone: approach-east, stop-line: stop-east, signal: tl-1, approach: E}
                      - on-demand: {zone: waiting-north, classes: [person, car], signal: tl-1, approach: N}
                devices:
                  - id: tl-1
                    kind: traffic-controller
                    protocol: modbus
                    address: %s
                    profile: generic-priority-v1
                    approaches: {N: 1, S: 2, E: 3, W: 4}
                automations:
                  - id: ambulances
                    when: {camera: crossing, events: [emergency.approaching, emergency.cleared]}
                    policy: emergency-priority
                    device: tl-1
                    params: {vehicle-class: emergency, lifetime: 30s}
                  - id: night-calls
                    when: {camera: crossing, zone: waiting-north, events: [demand.waiting, demand.cleared]}
                    policy: detector-call
                    device: tl-1
                    params: {window: "22:00..06:00"}
                """.formatted(httpPort, dataDir.toAbsolutePath(), controllerAddress);
    }

    static Path write(Path folder, int httpPort, Path dataDir, String controllerAddress) throws IOException {
        Path file = folder.resolve("city.yaml");
        Files.writeString(file, yaml(httpPort, dataDir, controllerAddress));
        return file;
    }
}
