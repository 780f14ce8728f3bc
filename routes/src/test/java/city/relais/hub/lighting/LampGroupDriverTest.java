package city.relais.hub.lighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import city.relais.config.Site;
import city.relais.config.TimeWindow;
import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.connectors.sim.SimulatedLamp;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.devices.CommandLog;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.metrics.HubMetrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver between policy and controller: coalescing while a device is down, alarms, nothing stale. */
class LampGroupDriverTest {

    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T22:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Lamps held in memory (the driver's peer in this unit test; the protocols have their own tests). */
    static final class InMemoryLights implements LightingController {
        final Map<String, SimulatedLamp> lamps = new LinkedHashMap<>();
        final List<String> received = new ArrayList<>();
        boolean down;

        InMemoryLights(Clock clock, String... ids) {
            for (String id : ids) {
                lamps.put(id, new SimulatedLamp(id, 100, 80, clock));
            }
        }

        @Override
        public String deviceId() {
            return "lights-test";
        }

        @Override
        public CommandAck setLevel(LevelCommand command) throws DeviceException {
            refuseWhenDown();
            received.add("set " + command.levelPercent());
            command.lamps().forEach(l -> lamps.get(l).command(command.levelPercent(), command.ramp(),
                    command.leaseExpiry()));
            return new CommandAck(command.idempotencyKey(), "OK", false);
        }

        @Override
        public CommandAck release(ReleaseCommand command) throws DeviceException {
            refuseWhenDown();
            received.add("release");
            command.lamps().forEach(l -> lamps.get(l).release());
            return new CommandAck(command.idempotencyKey(), "OK", false);
        }

        private void refuseWhenDown() throws DeviceException {
            if (down) {
                throw new DeviceException(deviceId(), "connection refused", true, "controller unreachable", null);
            }
        }

        @Override
        public List<LampState> read(List<String> ids) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    static final class RecordedAlarms implements DeviceAlarms {
        final List<DeviceAlarm> raised = new ArrayList<>();

        @Override
        public void watch(String device) {
        }

        @Override
        public void raise(DeviceAlarm alarm) {
            raised.add(alarm);
        }

        @Override
        public Map<String, DeviceAlarm.State> states() {
            return Map.of();
        }
    }

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();
    private final InMemoryLights lights = new InMemoryLights(clock, "L1", "L2");
    private final RecordedAlarms alarms = new RecordedAlarms();
    private final HubMetrics metrics = new HubMetrics();

    private LampGroupDriver driver() throws Exception {
        DimWhenEmptyParams params = new DimWhenEmptyParams(TimeWindow.ALWAYS, 20, 100, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(60), 12, Duration.ofMinutes(5));
        DimmingPolicy policy = new DimmingPolicy(params, new NightWindow(TimeWindow.ALWAYS,
                new Site("test", ZoneOffset.UTC, 48.87, 2.22)));
        return new LampGroupDriver("dim-test", List.of("L1", "L2"), params.lease(), policy, lights,
                new EnergyAccount("dim-test", 120, params, metrics), alarms, new CommandLog(folder.resolve("commands")),
                metrics, Runnable::run, clock);
    }

    private CityEvent event(EventType type) {
        return CityEvent.builder(type, "cam-1").zone("sidewalk").time(clock.now).build();
    }

    private void advance(int seconds, LampGroupDriver driver) {
        for (int i = 0; i < seconds; i++) {
            clock.now = clock.now.plusSeconds(1);
            driver.tick();
        }
    }

    @Test
    void night_scenario_gives_the_exact_level_history() throws Exception {
        LampGroupDriver driver = driver();
        driver.onEvent(event(EventType.ZONE_OCCUPIED));
        advance(10, driver);
        driver.onEvent(event(EventType.ZONE_EMPTY));
        advance(61, driver);
        driver.onEvent(event(EventType.ZONE_OCCUPIED));
        assertThat(lights.received).containsExactly("set 100.0", "set 20.0", "set 100.0");
        assertThat(lights.lamps.get("L1").history()).extracting(c -> c.toPercent())
                .containsExactly(20.0, 100.0);
    }

    @Test
    void device_down_during_a_dim_raises_one_alarm_and_sends_only_the_current_state_after_recovery()
            throws Exception {
        LampGroupDriver driver = driver();
        driver.onEvent(event(EventType.ZONE_OCCUPIED));
        lights.down = true;
        driver.onEvent(event(EventType.ZONE_EMPTY));
        advance(61, driver);                              // floor is due while the controller is down
        driver.onEvent(event(EventType.ZONE_OCCUPIED));   // and presence again: only this state matters now
        advance(30, driver);
        assertThat(alarms.raised).extracting(DeviceAlarm::state).containsExactly(DeviceAlarm.State.DOWN);

        lights.down = false;
        advance(61, driver);
        assertThat(lights.received).as("nothing stale replayed").containsExactly("set 100.0", "set 100.0");
        assertThat(alarms.raised).extracting(DeviceAlarm::state)
                .containsExactly(DeviceAlarm.State.DOWN, DeviceAlarm.State.UP);
        assertThat(lights.lamps.get("L2").targetLevel()).isEqualTo(100);
    }

    @Test
    void energy_saved_at_the_floor_is_counted_from_the_rated_watts() throws Exception {
        LampGroupDriver driver = driver();
        driver.onEvent(event(EventType.ZONE_EMPTY));
        advance(61, driver);                              // 60 s held at 100 %, then the floor
        advance(3600, driver);                            // one hour at 20 % of 120 W: 0.8 x 0.120 kWh
        double kwh = metrics.registry().find("relais.lighting.energy.saved.kwh").counter().count();
        assertThat(kwh).isCloseTo(0.096, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void hub_stop_returns_the_lamps_to_their_program() throws Exception {
        LampGroupDriver driver = driver();
        driver.onEvent(event(EventType.ZONE_EMPTY));
        advance(61, driver);
        assertThat(lights.lamps.get("L1").targetLevel()).isEqualTo(20);
        driver.stop();
        assertThat(lights.lamps.get("L1").targetLevel()).isEqualTo(100);
        assertThat(lights.lamps.get("L1").leaseExpiry()).isNull();
    }
}
