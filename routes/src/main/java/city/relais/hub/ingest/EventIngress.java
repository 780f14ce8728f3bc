package city.relais.hub.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.jms.JMSException;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.InvalidEventException;
import city.relais.hub.api.HttpReplies;
import city.relais.hub.metrics.HubMetrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/events}: POST takes one CloudEvent or a batch (a JSON array, all-or-nothing) and answers 202 once the
 * broker holds them; GET lists the most recent events seen on the events address.
 */
public final class EventIngress {

    private static final Logger LOG = LoggerFactory.getLogger(EventIngress.class);
    static final int MAX_BATCH = 10_000;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1_000;

    private final CloudEventCodec codec;
    private final EventPublisher publisher;
    private final EventMonitor monitor;
    private final HubMetrics metrics;
    private final ObjectMapper json = new ObjectMapper();

    public EventIngress(CloudEventCodec codec, EventPublisher publisher, EventMonitor monitor, HubMetrics metrics) {
        this.codec = codec;
        this.publisher = publisher;
        this.monitor = monitor;
        this.metrics = metrics;
    }

    public void handle(Exchange exchange) {
        String method = exchange.getMessage().getHeader(Exchange.HTTP_METHOD, "GET", String.class);
        if ("POST".equalsIgnoreCase(method)) {
            post(exchange, exchange.getMessage().getBody(String.class));
        } else {
            list(exchange, exchange.getMessage().getHeader("limit", String.class));
        }
    }

    private void post(Exchange exchange, String body) {
        List<CityEvent> events = new ArrayList<>();
        ArrayNode rejected = json.createArrayNode();
        try {
            JsonNode root = json.readTree(body == null ? "" : body);
            List<JsonNode> items = root != null && root.isArray() ? iterable(root) : List.of(root == null
                    ? json.nullNode() : root);
            if (items.size() > MAX_BATCH) {
                HttpReplies.reply(exchange, 413, HttpReplies.JSON,
                        error("a batch holds at most " + MAX_BATCH + " events, this one " + items.size()));
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                decodeInto(items.get(i), i, events, rejected);
            }
        } catch (JsonProcessingException e) {
            rejected.add(rejection(0, "not JSON: " + e.getOriginalMessage()));
        }
        if (!rejected.isEmpty()) {
            rejected.forEach(r -> metrics.eventRejected("http"));
            ObjectNode reply = json.createObjectNode().put("error", "invalid event(s): nothing was published");
            reply.set("rejected", rejected);
            HttpReplies.reply(exchange, 400, HttpReplies.JSON, reply.toString());
            return;
        }
        publish(exchange, events);
    }

    private void decodeInto(JsonNode item, int index, List<CityEvent> events, ArrayNode rejected) {
        try {
            events.add(codec.decode(item.toString()));
        } catch (InvalidEventException e) {
            rejected.add(rejection(index, e.getMessage()));
        }
    }

    private void publish(Exchange exchange, List<CityEvent> events) {
        if (events.isEmpty()) {
            HttpReplies.reply(exchange, 400, HttpReplies.JSON, error("no event in the request"));
            return;
        }
        try {
            publisher.publishAll(events);
        } catch (JMSException e) {
            LOG.warn("Could not publish {} event(s) to the broker", events.size(), e);
            HttpReplies.reply(exchange, 503, HttpReplies.JSON,
                    error("the broker did not take the events: " + e.getMessage()));
            return;
        }
        ObjectNode reply = json.createObjectNode().put("accepted", events.size());
        ArrayNode ids = reply.putArray("ids");
        events.forEach(e -> ids.add(e.id()));
        HttpReplies.reply(exchange, 202, HttpReplies.JSON, reply.toString());
    }

    private void list(Exchange exchange, String limitParameter) {
        int limit = DEFAULT_LIMIT;
        try {
            if (limitParameter != null) {
                limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limitParameter.trim())));
            }
        } catch (NumberFormatException e) {
            HttpReplies.reply(exchange, 400, HttpReplies.JSON, error("limit must be a whole number 1.." + MAX_LIMIT));
            return;
        }
        StringBuilder body = new StringBuilder("[");
        for (String event : monitor.recent(limit)) {
            body.append(body.length() > 1 ? "," : "").append(event);
        }
        HttpReplies.reply(exchange, 200, "application/cloudevents-batch+json", body.append(']').toString());
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    private ObjectNode rejection(int index, String reason) {
        return json.createObjectNode().put("index", index).put("reason", reason);
    }

    private String error(String message) {
        return json.createObjectNode().put("error", message).toString();
    }
}
