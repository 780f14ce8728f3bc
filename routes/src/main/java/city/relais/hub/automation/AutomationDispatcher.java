package city.relais.hub.automation;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import city.relais.config.automation.Automation;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.lighting.LightingAutomations;
import city.relais.hub.metrics.HubMetrics;
import city.relais.hub.tickets.TicketAutomations;
import city.relais.hub.traffic.TrafficAutomations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one automation of the city file to an event that arrived on its subscription: does the event concern it
 * (camera, zone, event type)? If so, decide the device action and hand it to the action sink, exactly once per event.
 */
public final class AutomationDispatcher {

    /** What happened to an event in one automation. */
    public enum Outcome { ACTED, IGNORED, DUPLICATE }

    private static final Logger LOG = LoggerFactory.getLogger(AutomationDispatcher.class);

    private final Map<String, Automation> automations = new LinkedHashMap<>();
    private final ActionSink sink;
    private final LightingAutomations lighting;
    private final TicketAutomations tickets;
    private final HubMetrics metrics;
    private final TrafficAutomations traffic;

    public AutomationDispatcher(List<Automation> automations, ActionSink sink, LightingAutomations lighting,
                                TrafficAutomations traffic, TicketAutomations tickets, HubMetrics metrics) {
        automations.forEach(a -> this.automations.put(a.id(), a));
        this.sink = sink;
        this.lighting = lighting;
        this.traffic = traffic;
        this.tickets = tickets;
        this.metrics = metrics;
    }

    /**
     * Handles one event for one automation.
     *
     * @param publishedAtNanos {@link System#nanoTime()} at publish when known (same JVM), else null
     */
    public Outcome handle(String automationId, CityEvent event, Long publishedAtNanos) throws IOException {
        Automation automation = automations.get(automationId);
        if (automation == null) {
            throw new IllegalStateException("no automation '" + automationId + "' in the city file");
        }
        Outcome outcome = concerns(automation, event) ? act(automation, event) : Outcome.IGNORED;
        Duration latency = publishedAtNanos == null ? null : Duration.ofNanos(System.nanoTime() - publishedAtNanos);
        metrics.automationOutcome(automationId, event.type().wireName(), outcome.name().toLowerCase(), latency);
        return outcome;
    }

    /**
     * Does the event concern the automation: its camera, its zone (when it names one) and one of its event types.
     * A street-light automation also always hears its camera going down and up: lamps return to their program; a
     * traffic automation too: its requests are cancelled and its calls cleared (every track is lost).
     */
    boolean concerns(Automation automation, CityEvent event) {
        var when = automation.when();
        if (!when.camera().equals(event.camera())) {
            return false;
        }
        boolean cameraState = event.type() == EventType.CAMERA_DOWN || event.type() == EventType.CAMERA_UP;
        if (cameraState && (lighting.drives(automation.id())
                || traffic != null && traffic.drives(automation.id()))) {
            return true;
        }
        return (when.zone() == null || when.zone().equals(event.zone()) || cameraState)
                && when.events().contains(event.type().wireName());
    }

    private Outcome act(Automation automation, CityEvent event) throws IOException {
        DeviceAction action = new DeviceAction(DeviceAction.idempotencyKey(automation.id(), event.id()),
                automation.id(), automation.policy(), automation.device(), event.id(), event.type().wireName(),
                event.camera(), event.zone(), Instant.now());
        if (!sink.accept(action)) {
            LOG.info("automation {}: event {} already acted on, redelivery ignored", automation.id(), event.id());
            tickets.redelivered(automation.id(), event);
            return Outcome.DUPLICATE;
        }
        LOG.info("automation {}: {} on {}{} -> {} on device {} (event {})", automation.id(),
                event.type().wireName(), event.camera(), event.zone() == null ? "" : "/" + event.zone(),
                automation.policy(), automation.device(), event.id());
        lighting.onEvent(automation.id(), event);
        if (traffic != null) {
            traffic.onEvent(automation.id(), event);
        }
        tickets.onEvent(automation.id(), event);
        return Outcome.ACTED;
    }
}
