package city.relais.hub.lighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.devices.CommandLog;
import city.relais.hub.lighting.LampGroupDriverTest.InMemoryLights;
import city.relais.hub.lighting.LampGroupDriverTest.ManualClock;
import city.relais.hub.lighting.LampGroupDriverTest.RecordedAlarms;
import city.relais.hub.metrics.HubMetrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presence moving down the street raises the next group ahead; moving the other way it does not. */
class LeadGroupTest {

    private static final String CITY = """
            cameras:
              - id: street
                source: demo:street
                zones:
                  block-1: [[0.0, 0.0], [1.0, 0.0], [1.0, 0.5], [0.0, 0.5]]
                  block-2: [[0.0, 0.5], [1.0, 0.5], [1.0, 1.0], [0.0, 1.0]]
                skills:
                  - presence: {zone: block-1}
                  - presence: {zone: block-2}
            devices:
              - id: lights-1
                kind: street-lights
                protocol: opcua
                endpoint: opc.tcp://127.0.0.1:4840/one
                lamps: {A1: {node: "ns=2;s=A1.Level"}}
              - id: lights-2
                kind: street-lights
                protocol: opcua
                endpoint: opc.tcp://127.0.0.1:4840/two
                lamps: {B1: {node: "ns=2;s=B1.Level"}}
            automations:
              - id: dim-block-1
                when: {camera: street, zone: block-1, events: [zone.occupied, zone.empty]}
                policy: dim-when-empty
                device: lights-1
                params: {night: always, hold: 10s, lead: [dim-block-2], lead-direction: down}
              - id: dim-block-2
                when: {camera: street, zone: block-2, events: [zone.occupied, zone.empty]}
                policy: dim-when-empty
                device: lights-2
                params: {night: always, hold: 10s}
            """;

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();
    private final Map<String, InMemoryLights> devices = new java.util.concurrent.ConcurrentHashMap<>();

    private LightingAutomations automations() throws Exception {
        CityConfig city = new CityConfigLoader(name -> null).parse("city.yaml", CITY, folder);
        return new LightingAutomations(city, device -> devices.computeIfAbsent(device.id(),
                id -> new InMemoryLights(clock, device.lamps().keySet().toArray(String[]::new))),
                () -> true, new RecordedAlarms(), new CommandLog(folder.resolve("commands")), new HubMetrics(), clock);
    }

    private CityEvent event(EventType type, String zone, double motionY) {
        return CityEvent.builder(type, "street").zone(zone).time(clock.now).measurement("motionX", 0.01)
                .measurement("motionY", motionY).build();
    }

    private void settle(LightingAutomations lighting) {
        for (int i = 0; i < 30; i++) {
            clock.now = clock.now.plusSeconds(1);
            lighting.tick();
        }
    }

    @Test
    void presence_moving_down_raises_the_group_ahead_and_moving_up_does_not() throws Exception {
        try (LightingAutomations lighting = automations()) {
            lighting.onEvent("dim-block-2", event(EventType.ZONE_EMPTY, "block-2", 0));
            lighting.onEvent("dim-block-1", event(EventType.ZONE_EMPTY, "block-1", 0));
            settle(lighting);
            awaitLevel("lights-2", "B1", 20);

            int before = devices.get("lights-2").received.size();
            lighting.onEvent("dim-block-1", event(EventType.ZONE_OCCUPIED, "block-1", -0.2));  // walking up
            settle(lighting);
            assertThat(devices.get("lights-2").received).hasSize(before);
            assertThat(devices.get("lights-2").lamps.get("B1").targetLevel()).isEqualTo(20);

            lighting.onEvent("dim-block-1", event(EventType.ZONE_OCCUPIED, "block-1", 0.2));   // walking down
            awaitLevel("lights-2", "B1", 100);
        }
    }

    private void awaitLevel(String device, String lamp, double level) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> devices.containsKey(device) && devices.get(device).lamps.get(lamp).targetLevel() == level);
    }
}
