package city.relais.hub.traffic;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import city.relais.config.CityConfig;
import city.relais.config.automation.Automation;
import city.relais.config.automation.DetectorCallParams;
import city.relais.config.automation.EmergencyPriorityParams;
import city.relais.config.automation.Policy;
import city.relais.config.camera.Camera;
import city.relais.config.device.Device;
import city.relais.config.device.TrafficController;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.SignalLinked;
import city.relais.config.skill.SkillConfig;
import city.relais.connectors.traffic.TrafficControllerClient;
import city.relais.event.CityEvent;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.lighting.NightWindow;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code emergency-priority} and {@code detector-call} automation of the city file, one channel per traffic
 * controller (shared by the automations that use it), and a poller that follows request statuses and call windows
 * every {@value #POLL_MILLIS} ms. The hub requests and calls; the controllers decide.
 */
public final class TrafficAutomations implements AutoCloseable {

    /** Opens the client of a traffic controller (the connectors module's factory, or a test's). */
    @FunctionalInterface
    public interface ClientFactory {
        TrafficControllerClient open(TrafficController device) throws Exception;
    }

    static final long POLL_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(TrafficAutomations.class);

    private final Map<String, ControllerChannel> channels = new LinkedHashMap<>();
    private final Map<String, EmergencyPriority> priorities = new LinkedHashMap<>();
    private final Map<String, NightOnDemand> calls = new LinkedHashMap<>();
    private final Map<String, ControllerChannel> channelOf = new LinkedHashMap<>();
    private ScheduledExecutorService poller;

    public TrafficAutomations(CityConfig city, ClientFactory factory, DeviceAlarms alarms, TrafficReports reports,
                              HubMetrics metrics, Clock clock) {
        Map<String, RequestIds> ids = new LinkedHashMap<>();
        for (Automation automation : city.automations()) {
            Policy policy = automation.policyType();
            if (policy != Policy.EMERGENCY_PRIORITY && policy != Policy.DETECTOR_CALL) {
                continue;
            }
            TrafficController device = controller(city, automation.device());
            ControllerChannel channel = channels.computeIfAbsent(device.id(),
                    id -> open(device, factory, alarms, metrics, clock));
            channelOf.put(automation.id(), channel);
            Camera camera = city.cameras().stream().filter(c -> c.id().equals(automation.when().camera()))
                    .findFirst().orElse(null);
            if (automation.params() instanceof EmergencyPriorityParams params) {
                priorities.put(automation.id(), new EmergencyPriority(automation.id(), params,
                        approaches(camera, EmergencyVehicleSkill.class, device), channel,
                        ids.computeIfAbsent(device.id(), d -> new RequestIds()), reports, clock));
            } else if (automation.params() instanceof DetectorCallParams params) {
                calls.put(automation.id(), new NightOnDemand(automation.id(), params,
                        approaches(camera, OnDemandSkill.class, device), new NightWindow(params.window(), city.site()),
                        channel, reports, clock));
            }
        }
        if (!channels.isEmpty()) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "traffic-poll"));
            poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static ControllerChannel open(TrafficController device, ClientFactory factory, DeviceAlarms alarms,
                                          HubMetrics metrics, Clock clock) {
        TrafficControllerClient client = null;
        try {
            client = factory.open(device);
        } catch (Exception e) {
            LOG.error("traffic controller {}: no client ({}); its automations send nothing", device.id(),
                    e.getMessage(), e);
        }
        ControllerChannel channel = new ControllerChannel(device.id(), client, alarms, metrics, clock);
        if (client == null) {
            alarms.raise(new DeviceAlarm(device.id(), DeviceAlarm.State.DOWN, "no client for protocol "
                    + device.protocol().wireName(), clock.instant()));
        }
        return channel;
    }

    private static TrafficController controller(CityConfig city, String deviceId) {
        Device device = city.device(deviceId).orElseThrow(() ->
                new IllegalStateException("no device '" + deviceId + "' in the city file"));
        if (device instanceof TrafficController controller) {
            return controller;
        }
        throw new IllegalStateException("device '" + deviceId + "' is not a traffic controller");
    }

    /** Zone to approach, from the camera's skills of {@code type} that serve this controller. */
    private static Map<String, String> approaches(Camera camera, Class<? extends SkillConfig> type,
                                                  TrafficController device) {
        Map<String, String> byZone = new LinkedHashMap<>();
        if (camera != null) {
            for (SkillConfig skill : camera.skills()) {
                if (type.isInstance(skill) && skill instanceof SignalLinked linked && linked.approach() != null
                        && (linked.signal() == null || linked.signal().equals(device.id()))) {
                    byZone.put(skill.zone(), linked.approach());
                }
            }
        }
        return byZone;
    }

    public boolean isEmpty() {
        return channelOf.isEmpty();
    }

    /** True when this automation is a traffic one (its events come here). */
    public boolean drives(String automation) {
        return channelOf.containsKey(automation);
    }

    /** Hands the event to its automation, on the controller's thread; returns at once. */
    public void onEvent(String automation, CityEvent event) {
        ControllerChannel channel = channelOf.get(automation);
        if (channel == null) {
            return;
        }
        EmergencyPriority priority = priorities.get(automation);
        if (priority != null) {
            channel.submit(() -> priority.onEvent(event));
        }
        NightOnDemand call = calls.get(automation);
        if (call != null) {
            channel.submit(() -> call.onEvent(event));
        }
    }

    /** Waits until every event handed over so far has been handled. */
    void flush() throws InterruptedException {
        for (ControllerChannel channel : channels.values()) {
            channel.flush();
        }
    }

    private void poll() {
        priorities.forEach((id, priority) -> channelOf.get(id).submit(priority::poll));
        calls.forEach((id, call) -> channelOf.get(id).submit(call::tick));
    }

    /** Hub stopping: requests cancelled and cleared, calls cleared, then the controllers closed. */
    /** Opens each controller's connection ahead of the first request (see {@link ControllerChannel#connectAhead}). */
    public void connectAhead() {
        channels.values().forEach(ControllerChannel::connectAhead);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        priorities.forEach((id, priority) -> channelOf.get(id).submit(priority::cancelAll));
        calls.forEach((id, call) -> channelOf.get(id).submit(call::clearAll));
        channels.values().forEach(ControllerChannel::close);
    }

    /** How long a request may wait for the poller to see a status change. */
    public static Duration pollPeriod() {
        return Duration.ofMillis(POLL_MILLIS);
    }
}
