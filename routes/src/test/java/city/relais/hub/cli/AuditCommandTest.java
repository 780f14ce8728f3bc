package city.relais.hub.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.TestCity;
import city.relais.hub.runtime.RelaisHub;
import city.relais.hub.store.AuditTrail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code relais audit --event ID} prints the whole chain of a ticket and of a lighting command, while the hub runs. */
class AuditCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private LightingSimulators lights;
    private Open311Simulator open311;

    @AfterEach
    void stop() {
        if (lights != null) {
            lights.close();
        }
        if (open311 != null) {
            open311.close();
        }
    }

    private Path city(int port, String opcua, String open311Endpoint) throws Exception {
        String yaml = """
                hub:
                  http: {host: 127.0.0.1, port: %d}
                  data-dir: %s
                cameras:
                  - id: street-1
                    source: demo:street
                    location: {latitude: 48.87, longitude: 2.22}
                    zones:
                      sidewalk: [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]
                      bin-1: [[0.80, 0.60], [0.86, 0.60], [0.86, 0.72], [0.80, 0.72]]
                    skills:
                      - presence: {zone: sidewalk, classes: [person]}
                      - bin: {zone: bin-1, ring: 0.04, fill-threshold: 0.8, overflow-after: 10min}
                devices:
                  - id: lights-1
                    kind: street-lights
                    protocol: opcua
                    endpoint: %s
                    lamps:
                      L1: {node: "ns=2;s=L1.Level", watts: 60}
                  - id: waste-service
                    kind: ticketing
                    protocol: open311
                    endpoint: %s
                    api-key: ${env:RELAIS_TEST_OPEN311_KEY:-test-key-123}
                    services: {bin.overflowing: BIN_OVERFLOW}
                automations:
                  - id: dim-street
                    when: {camera: street-1, zone: sidewalk, events: [zone.occupied, zone.empty]}
                    policy: dim-when-empty
                    device: lights-1
                    params: {night: always, floor: 20, level-on-presence: 100, ramp-up: 1s, ramp-down: 1s,
                             hold: 2s, max-changes-per-hour: 12, lease: 1min}
                  - id: bins
                    when: {camera: street-1, zone: bin-1, events: [bin.overflowing]}
                    policy: ticket
                    device: waste-service
                    tier: {bin.overflowing: automatic}
                """.formatted(port, folder.resolve("data").toAbsolutePath(), opcua, open311Endpoint);
        Path file = folder.resolve("city.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run relais(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RelaisCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void prints_the_chain_of_a_ticket_and_of_a_lighting_command() throws Exception {
        lights = LightingSimulators.start(LightingSimulators.Settings.defaults(List.of("L1"),
                folder.resolve("sim-pki")).withPorts(0, LightingSimulators.Settings.OFF,
                LightingSimulators.Settings.OFF));
        SimulatedLamp lamp = lights.opcua().orElseThrow().lamp("L1");
        open311 = new Open311Simulator(SimService.demo(), "test-key-123", null, null, "127.0.0.1", 0,
                Clock.systemUTC()).start();
        Path file = city(TestCity.freePort(), lights.opcua().orElseThrow().endpointUrl(), open311.endpoint());
        CityEvent presence = CityEvent.builder(EventType.ZONE_OCCUPIED, "street-1").zone("sidewalk")
                .objectClass("person").build();
        CityEvent overflow = CityEvent.builder(EventType.BIN_OVERFLOWING, "street-1").zone("bin-1")
                .explanation("fill 0.91 above 0.80 for 600 s").build();
        try (RelaisHub hub = new RelaisHub(TestCity.load(file)).start()) {
            hub.publish(List.of(presence, overflow));
            await().atMost(PATIENCE).until(() -> lamp.targetLevel() == 100 && open311.tickets().size() == 1);
            AuditTrail audit = new AuditTrail(hub.store());
            await().atMost(PATIENCE).until(() -> audit.chain(presence.id()).size() >= 5
                    && audit.chain(overflow.id()).size() >= 5);

            Run ticket = relais("audit", "--event", overflow.id(), "--config", file.toString());
            assertThat(ticket.exit()).as(ticket.err()).isEqualTo(0);
            assertThat(ticket.out()).contains("audit chain of event " + overflow.id())
                    .containsPattern("event +street-1 +bin.overflowing on street-1/bin-1")
                    .containsPattern("rule +bins +key=bins/" + overflow.id() + " +automation bins: policy ticket")
                    .containsPattern("decision +auto +tier automatic: ticket to waste-service")
                    .containsPattern("command +waste-service +key=relais-[0-9a-f-]+ +POST requests: "
                            + "service_code=BIN_OVERFLOW lat=48.87 long=2.22")
                    .containsPattern("ack +waste-service +key=relais-[0-9a-f-]+ +service request "
                            + open311.tickets().get(0).id() + " opened");

            Run light = relais("audit", "--event", presence.id(), "--config", file.toString());
            assertThat(light.exit()).as(light.err()).isEqualTo(0);
            assertThat(light.out())
                    .containsPattern("event +street-1 +zone.occupied on street-1/sidewalk")
                    .containsPattern("rule +dim-street .*policy dim-when-empty on device lights-1")
                    .containsPattern("decision +auto .*automatic: dim-when-empty acts without an operator")
                    .containsPattern("command +dim-street +key=\\S+ +set 100% .*on lights-1")
                    .containsPattern("ack +lights-1 +key=\\S+ +ack");
        }
        Run unknown = relais("audit", "--event", "no-such-event", "--config", file.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no audit entry for event no-such-event");
    }
}
