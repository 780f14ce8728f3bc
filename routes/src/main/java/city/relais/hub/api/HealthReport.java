package city.relais.hub.api;

import java.util.List;
import java.util.Map;

import city.relais.hub.broker.Addresses;
import city.relais.hub.broker.BrokerMonitor;
import city.relais.hub.devices.DeviceAlarms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;

/**
 * {@code GET /health}: liveness (the hub answers), readiness (broker up and every route started), the broker's state
 * and dead-letter depth, each route's state with, for automations, the backlog of their subscription, and each
 * device's state. A device that is down degrades the hub but does not make it DOWN. Answers 200 when UP, 503 when DOWN.
 */
public final class HealthReport {

    private final BrokerMonitor broker;
    private final DeviceAlarms devices;
    private final List<String> automations;
    private final ObjectMapper json = new ObjectMapper();

    public HealthReport(BrokerMonitor broker, DeviceAlarms devices, List<String> automations) {
        this.devices = devices;
        this.broker = broker;
        this.automations = List.copyOf(automations);
    }

    public void respond(Exchange exchange) {
        ObjectNode report = report(exchange.getContext());
        int status = "UP".equals(report.path("status").asText()) ? 200 : 503;
        HttpReplies.reply(exchange, status, HttpReplies.JSON, report.toPrettyString());
    }

    public ObjectNode report(CamelContext camel) {
        boolean brokerUp = broker.isUp();
        ObjectNode report = json.createObjectNode();
        ObjectNode brokerNode = json.createObjectNode()
                .put("status", brokerUp ? "UP" : "DOWN")
                .put("broker", broker.describe())
                .put("deadLetters", broker.deadLetterCount());
        ObjectNode routes = json.createObjectNode();
        boolean routesStarted = true;
        for (Route route : camel.getRoutes()) {
            ServiceStatus state = camel.getRouteController().getRouteStatus(route.getRouteId());
            routes.put(route.getRouteId(), state == null ? "Unknown" : state.name());
            routesStarted &= state == ServiceStatus.Started || !route.isAutoStartup();
        }
        ObjectNode automationNode = json.createObjectNode();
        Map<String, Long> backlog = broker.backlogBySubscription();
        for (String automation : automations) {
            ServiceStatus state = camel.getRouteController().getRouteStatus("automation-" + automation);
            automationNode.putObject(automation)
                    .put("route", state == null ? "Missing" : state.name())
                    .put("backlog", backlog.getOrDefault(Addresses.subscriptionOf(automation), -1L));
            routesStarted &= state == ServiceStatus.Started;
        }
        boolean ready = brokerUp && routesStarted && camel.isStarted();
        report.put("status", ready ? "UP" : "DOWN");
        report.put("liveness", "UP");
        report.put("readiness", ready ? "UP" : "DOWN");
        report.set("broker", brokerNode);
        report.set("routes", routes);
        report.set("automations", automationNode);
        ObjectNode deviceNode = report.putObject("devices");
        devices.states().forEach((device, state) -> deviceNode.put(device, state.name()));
        return report;
    }
}
