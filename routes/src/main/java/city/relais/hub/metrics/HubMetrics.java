package city.relais.hub.metrics;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import city.relais.hub.broker.Addresses;
import city.relais.hub.broker.BrokerMonitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The hub's own meters, exposed in Prometheus text on {@code GET /metrics}. */
public final class HubMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Registers the broker gauges: dead-letter depth and the backlog of one automation's subscription. */
    public void watchBroker(BrokerMonitor broker) {
        Gauge.builder("relais.dead.letters", broker, BrokerMonitor::deadLetterCount)
                .description("Messages waiting on the dead-letter address " + Addresses.DEAD_LETTERS)
                .register(registry);
    }

    public void watchBacklog(BrokerMonitor broker, String automation) {
        String queue = Addresses.subscriptionOf(automation);
        Gauge.builder("relais.automation.backlog", broker, b -> b.backlogBySubscription().getOrDefault(queue, -1L))
                .description("Events waiting in an automation's durable subscription")
                .tag("automation", automation)
                .register(registry);
    }

    /** 1 while a device takes commands, 0 while it is down. */
    public void watchDevice(String device, BooleanSupplier up) {
        Gauge.builder("relais.device.up", up, u -> u.getAsBoolean() ? 1 : 0)
                .description("1 while the device takes commands, 0 while it is down")
                .tag("device", device).register(registry);
    }

    /** A command sent to a device, by outcome (ack, duplicate, failed). */
    public void deviceCommand(String device, String outcome) {
        Counter.builder("relais.device.commands").description("Commands sent to devices, by outcome")
                .tag("device", device).tag("outcome", outcome).register(registry).increment();
    }

    /** Energy a lamp group saved against full output (estimate from rated watts). */
    public void energySaved(String automation, double kwh) {
        Counter.builder("relais.lighting.energy.saved.kwh")
                .description("Energy saved against full output by dimming, kWh (estimate from rated watts)")
                .tag("automation", automation).register(registry).increment(kwh);
    }

    /** An event seen on the events address (events in). */
    public void eventReceived(String type) {
        Counter.builder("relais.events.received").description("Events published on the events address, by type")
                .tag("type", type).register(registry).increment();
    }

    /** An event refused at the door (HTTP) or unreadable on the broker. */
    public void eventRejected(String where) {
        Counter.builder("relais.events.rejected").description("Invalid events refused, by where they were seen")
                .tag("where", where).register(registry).increment();
    }

    /** What an automation did with an event (events out): acted, ignored or duplicate. */
    public void automationOutcome(String automation, String type, String outcome, Duration latency) {
        Counter.builder("relais.automation.events").description("Events handled by automations, by outcome")
                .tag("automation", automation).tag("type", type).tag("outcome", outcome)
                .register(registry).increment();
        if (latency != null) {
            Timer.builder("relais.automation.latency")
                    .description("From publish to the automation's decision (same JVM only)")
                    .tag("automation", automation).publishPercentiles(0.5, 0.99)
                    .register(registry).record(latency);
        }
    }

    /** A message a route gave up on and dead-lettered. */
    public void deadLettered(String route) {
        Counter.builder("relais.route.failures").description("Messages dead-lettered after failing, by route")
                .tag("route", route).register(registry).increment();
    }

    public String scrape() {
        return registry.scrape();
    }
}
