package city.relais.hub.api;

import city.relais.hub.metrics.HubMetrics;

import org.apache.camel.Exchange;

/** {@code GET /metrics}: Prometheus text exposition of the hub's meters and the Camel route timers. */
public final class MetricsEndpoint {

    private final HubMetrics metrics;

    public MetricsEndpoint(HubMetrics metrics) {
        this.metrics = metrics;
    }

    public void respond(Exchange exchange) {
        HttpReplies.reply(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }
}
