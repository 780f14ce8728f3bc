package city.relais.hub.lighting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import city.relais.config.CityConfig;
import city.relais.config.automation.Automation;
import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.config.automation.Policy;
import city.relais.config.device.Device;
import city.relais.config.device.StreetLights;
import city.relais.connectors.lighting.LightingController;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.devices.CommandLog;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code dim-when-empty} automation of the city file with its lamp group driver, one controller per street-light
 * device (shared by the automations that drive it), and a device thread per automation.
 */
public final class LightingAutomations implements AutoCloseable {

    /** Opens the controller of a street-light device (the connectors module's factory, or a test's). */
    @FunctionalInterface
    public interface ControllerFactory {
        LightingController open(StreetLights device) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LightingAutomations.class);

    private final Map<String, LampGroupDriver> drivers = new LinkedHashMap<>();
    private final Map<String, LightingController> controllers = new LinkedHashMap<>();
    private final Map<String, DimWhenEmptyParams> leads = new LinkedHashMap<>();
    private final List<ExecutorService> threads = new ArrayList<>();
    private static final int BROKER_CHECK_EVERY = 5;
    private final BooleanSupplier eventsFlowing;
    private final List<Runnable> warmUps = new ArrayList<>();
    private long ticks;

    /** @param eventsFlowing whether events can reach the automations (the broker is up) */
    public LightingAutomations(CityConfig city, ControllerFactory factory, BooleanSupplier eventsFlowing,
                               DeviceAlarms alarms, CommandLog log, HubMetrics metrics, Clock clock) {
        this.eventsFlowing = eventsFlowing;
        for (Automation automation : city.automations()) {
            if (automation.policyType() != Policy.DIM_WHEN_EMPTY) {
                continue;
            }
            StreetLights device = streetLights(city, automation.device());
            LightingController controller = controllers.get(device.id());
            boolean firstOfDevice = controller == null;
            if (controller == null) {
                controller = new ReopeningController(device, factory);
                controllers.put(device.id(), controller);
                alarms.watch(device.id());
            }
            DimWhenEmptyParams params = (DimWhenEmptyParams) automation.params();
            List<String> lamps = automation.lamps().isEmpty() ? List.copyOf(device.lamps().keySet())
                    : automation.lamps();
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "lamps-" + automation.id()));
            threads.add(thread);
            if (firstOfDevice) {
                LightingController opened = controller;
                warmUps.add(() -> thread.execute(() -> connectAhead(opened, lamps)));
            }
            DimmingPolicy policy = new DimmingPolicy(params, new NightWindow(params.night(), city.site()));
            if (!params.lead().isEmpty()) {
                leads.put(automation.id(), params);
            }
            double watts = lamps.stream().mapToDouble(l -> device.lamps().get(l).watts()).sum();
            EnergyAccount energy = new EnergyAccount(automation.id(), watts, params, metrics);
            drivers.put(automation.id(), new LampGroupDriver(automation.id(), lamps, params.lease(), policy,
                    controller, energy, alarms, log, metrics, thread, clock));
        }
    }

    private static StreetLights streetLights(CityConfig city, String deviceId) {
        Device device = city.device(deviceId).orElseThrow(() ->
                new IllegalStateException("no device '" + deviceId + "' in the city file"));
        if (device instanceof StreetLights lights) {
            return lights;
        }
        throw new IllegalStateException("device '" + deviceId + "' is not street lights");
    }

    /**
     * Opens each device's session ahead of the first command (a read of its lamps, on the automation's own device
     * thread), so that the first event does not wait for a connection, a secure channel and node lookups. A device
     * that does not answer is only logged here: commands retry and raise the alarm as usual.
     */
    public void connectAhead() {
        warmUps.forEach(Runnable::run);
    }

    private static void connectAhead(LightingController controller, List<String> lamps) {
        try {
            controller.read(lamps);
            LOG.info("street lights {}: connected ahead of the first command", controller.deviceId());
        } catch (Exception e) {
            LOG.info("street lights {}: not reachable yet ({}); the first command will connect",
                    controller.deviceId(), e.getMessage());
        }
    }

    public boolean isEmpty() {
        return drivers.isEmpty();
    }

    /** True when this automation is a lighting one (its events go to its driver). */
    public boolean drives(String automation) {
        return drivers.containsKey(automation);
    }

    public void onEvent(String automation, CityEvent event) {
        LampGroupDriver driver = drivers.get(automation);
        if (driver == null) {
            return;
        }
        driver.onEvent(event);
        DimWhenEmptyParams params = leads.get(automation);
        if (event.type() == EventType.ZONE_OCCUPIED && params != null
                && LeadDirection.matches(params.leadDirection(), event)) {
            params.lead().forEach(lead -> drivers.get(lead).onLead(automation, event));
        }
    }

    /** Called every second by the lighting ticker route; checks every few seconds that events can flow. */
    public void tick() {
        if (ticks++ % BROKER_CHECK_EVERY == 0) {
            boolean flowing = eventsFlowing.getAsBoolean();
            drivers.values().forEach(d -> d.eventFlow(flowing));
        }
        drivers.values().forEach(LampGroupDriver::tick);
    }

    /** Hub stopping: lamps back to their program, then the controllers closed. */
    @Override
    public void close() {
        drivers.values().forEach(LampGroupDriver::stop);
        for (ExecutorService thread : threads) {
            thread.shutdown();
            try {
                if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        controllers.forEach((id, controller) -> {
            try {
                controller.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the controller of {} failed", id, e);
            }
        });
    }
}
