package city.relais.hub.operators;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import city.relais.config.Operator;
import city.relais.hub.api.HttpReplies;
import city.relais.hub.store.AlertRecord;
import city.relais.hub.tickets.TicketAutomations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' REST API: {@code GET /api/alerts[?state=pending]}, {@code POST /api/alerts/{id}/confirm} and
 * {@code /dismiss} (JSON body, optional: {@code {"reason": "..."}}; the operator is the token's), and for admins
 * {@code POST /api/skills/{skill}/{camera}/resume} and {@code GET /api/skills} (precision and suspensions).
 */
public final class OperatorApi {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorApi.class);
    private static final Set<String> READERS = Set.of("operator", "technician", "admin");
    private static final Set<String> DECIDERS = Set.of("operator", "admin");
    private static final Set<String> ADMINS = Set.of("admin");
    private static final int MAX_LIMIT = 500;

    private final OperatorAuth auth;
    private final TicketAutomations tickets;
    private final SkillPrecision precision;
    private final ObjectMapper json = new ObjectMapper();

    public OperatorApi(OperatorAuth auth, TicketAutomations tickets, SkillPrecision precision) {
        this.auth = auth;
        this.tickets = tickets;
        this.precision = precision;
    }

    /** {@code GET /api/alerts}. */
    public void list(Exchange exchange) throws SQLException {
        if (auth.require(exchange, READERS).isEmpty()) {
            return;
        }
        String state = exchange.getMessage().getHeader("state", String.class);
        Integer limit = exchange.getMessage().getHeader("limit", 100, Integer.class);
        ArrayNode list = json.createArrayNode();
        tickets.alerts().list(state, Math.min(MAX_LIMIT, Math.max(1, limit))).forEach(a -> list.add(node(a)));
        HttpReplies.reply(exchange, 200, HttpReplies.JSON, list.toPrettyString());
    }

    /** {@code POST /api/alerts/{id}/{action}}, action confirm or dismiss. */
    public void decide(Exchange exchange) throws SQLException {
        Optional<Operator> operator = auth.require(exchange, DECIDERS);
        if (operator.isEmpty()) {
            return;
        }
        String action = exchange.getMessage().getHeader("action", String.class);
        long id;
        try {
            id = Long.parseLong(exchange.getMessage().getHeader("id", String.class));
        } catch (NumberFormatException e) {
            HttpReplies.reply(exchange, 404, HttpReplies.JSON, "{\"error\":\"no such alert\"}");
            return;
        }
        Object sent = exchange.getMessage().getBody();
        String reason = reason(sent instanceof java.util.Map<?, ?> ? sent : exchange.getMessage().getBody(String.class));
        Optional<AlertRecord> decided;
        if ("confirm".equals(action)) {
            decided = tickets.confirm(id, operator.get().id(), reason);
        } else if ("dismiss".equals(action)) {
            decided = tickets.dismiss(id, operator.get().id(), reason);
        } else {
            HttpReplies.reply(exchange, 404, HttpReplies.JSON, "{\"error\":\"actions are confirm and dismiss\"}");
            return;
        }
        if (decided.isEmpty()) {
            boolean exists = tickets.alerts().byId(id).isPresent();
            HttpReplies.reply(exchange, exists ? 409 : 404, HttpReplies.JSON, exists
                    ? "{\"error\":\"alert " + id + " was already decided\"}" : "{\"error\":\"no alert " + id + "\"}");
            return;
        }
        LOG.info("alert #{} {} by {}{}", id, decided.get().state(), operator.get().id(),
                reason == null ? "" : " (" + reason + ")");
        HttpReplies.reply(exchange, 200, HttpReplies.JSON, node(decided.get()).toPrettyString());
    }

    /** {@code GET /api/skills}: precision windows and suspensions. */
    public void skills(Exchange exchange) {
        if (auth.require(exchange, READERS).isEmpty()) {
            return;
        }
        ObjectNode reply = json.createObjectNode();
        ObjectNode suspended = reply.putObject("suspended");
        precision.suspensions().forEach(suspended::put);
        HttpReplies.reply(exchange, 200, HttpReplies.JSON, reply.toPrettyString());
    }

    /** {@code POST /api/skills/{skill}/{camera}/resume}: an admin re-enables a suspended skill. */
    public void resume(Exchange exchange) throws SQLException {
        Optional<Operator> admin = auth.require(exchange, ADMINS);
        if (admin.isEmpty()) {
            return;
        }
        String skill = exchange.getMessage().getHeader("skill", String.class);
        String camera = exchange.getMessage().getHeader("camera", String.class);
        boolean resumed = precision.resume(skill, camera, admin.get().id());
        HttpReplies.reply(exchange, resumed ? 200 : 404, HttpReplies.JSON, json.createObjectNode()
                .put("skill", skill).put("camera", camera).put("resumed", resumed).toString());
    }

    /** The reason of a JSON body; a form-encoded one ({@code reason=...}, or JSON sent as a form by curl -d) too. */
    private String reason(Object sent) {
        if (sent instanceof java.util.Map<?, ?> form) {
            if (form.get("reason") != null) {
                return String.valueOf(form.get("reason"));
            }
            return form.size() == 1 ? reason(String.valueOf(form.keySet().iterator().next())) : null;
        }
        String body = sent == null ? null : String.valueOf(sent);
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node.hasNonNull("reason") ? node.get("reason").asText() : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return body.strip();
        }
    }

    private ObjectNode node(AlertRecord alert) {
        ObjectNode node = json.createObjectNode()
                .put("id", alert.id())
                .put("automation", alert.automation())
                .put("tier", alert.tier())
                .put("event_id", alert.eventId())
                .put("type", alert.eventType())
                .put("camera", alert.camera())
                .put("zone", alert.zone())
                .put("explanation", alert.explanation())
                .put("evidence", alert.evidence())
                .put("state", alert.state())
                .put("created", alert.createdAt().toString());
        if (alert.decidedAt() != null) {
            node.put("decided", alert.decidedAt().toString()).put("decided_by", alert.decidedBy())
                    .put("reason", alert.reason());
        }
        if (alert.ticketId() != null) {
            node.put("ticket", alert.ticketId());
        }
        return node;
    }
}
