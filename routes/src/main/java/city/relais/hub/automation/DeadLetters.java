package city.relais.hub.automation;

import city.relais.event.InvalidEventException;
import city.relais.hub.broker.Addresses;
import city.relais.hub.metrics.HubMetrics;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Called by the shared error configuration when a route gives up on a message: names the reason and the route in
 * headers of the (original) message that goes to the dead-letter address, counts it and logs it.
 */
public final class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON = 1_000;

    private final HubMetrics metrics;

    public DeadLetters(HubMetrics metrics) {
        this.metrics = metrics;
    }

    public void prepare(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String route = exchange.getFromRouteId();
        String reason = reasonOf(cause);
        exchange.getMessage().setHeader(Addresses.FAILURE_REASON_HEADER, reason);
        exchange.getMessage().setHeader(Addresses.FAILED_ROUTE_HEADER, route);
        metrics.deadLettered(route == null ? "unknown" : route);
        if (cause instanceof InvalidEventException) {
            metrics.eventRejected("broker");
            LOG.warn("route {}: unreadable event sent to {}: {}", route, Addresses.DEAD_LETTERS, reason);
        } else {
            LOG.warn("route {} gave up on a message, sent to {}: {}", route, Addresses.DEAD_LETTERS, reason, cause);
        }
    }

    static String reasonOf(Throwable cause) {
        if (cause == null) {
            return "unknown failure";
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "..." : reason;
    }
}
