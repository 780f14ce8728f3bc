package city.relais.hub.operators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import city.relais.config.Operator;
import city.relais.hub.api.HttpReplies;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens of the city file's operators ({@code Authorization: Bearer <token>}). A call without a known token
 * gets 401, one whose operator lacks the role 403; both are logged with the method and path, never the token.
 */
public final class OperatorAuth {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAuth.class);
    private static final String BEARER = "Bearer ";

    private final List<Operator> operators;

    public OperatorAuth(List<Operator> operators) {
        this.operators = List.copyOf(operators);
    }

    /** The operator behind the call's token, if any (no reply is sent). */
    public Optional<Operator> identify(Exchange exchange) {
        String header = exchange.getMessage().getHeader("Authorization", String.class);
        if (header == null || !header.startsWith(BEARER)) {
            return Optional.empty();
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        Operator found = null;
        for (Operator operator : operators) {
            if (MessageDigest.isEqual(given, operator.token().reveal().getBytes(StandardCharsets.UTF_8))) {
                found = operator;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The operator when authenticated with one of {@code roles}; otherwise replies 401 or 403 and returns empty. */
    public Optional<Operator> require(Exchange exchange, Set<String> roles) {
        Optional<Operator> operator = identify(exchange);
        String call = exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class) + " "
                + exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
        if (operator.isEmpty()) {
            boolean sent = exchange.getMessage().getHeader("Authorization") != null;
            LOG.warn("401 {}: {}", call, sent ? "unknown token" : "no bearer token");
            HttpReplies.reply(exchange, 401, HttpReplies.JSON, "{\"error\":\"a valid operator token is required "
                    + "(Authorization: Bearer ...)\"}");
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"relais\"");
            return Optional.empty();
        }
        if (!roles.contains(operator.get().role())) {
            LOG.warn("403 {}: operator {} has role {}, the call needs one of {}", call, operator.get().id(),
                    operator.get().role(), roles);
            HttpReplies.reply(exchange, 403, HttpReplies.JSON, "{\"error\":\"role " + operator.get().role()
                    + " may not do this (needs one of " + String.join(", ", roles) + ")\"}");
            return Optional.empty();
        }
        return operator;
    }
}
