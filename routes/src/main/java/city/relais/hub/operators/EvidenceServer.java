package city.relais.hub.operators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import city.relais.config.Operator;
import city.relais.hub.api.HttpReplies;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.EvidenceTokens;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /evidence/{token}}: the blurred image a valid, unexpired token opens, from
 * {@code <data-dir>/evidence/<id>.jpg} (the privacy stage writes only blurred images there). Anything else is 404
 * with no hint. Each view is audited: who (the operator of a bearer token, else the caller's address), when, which.
 */
public final class EvidenceServer {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceServer.class);

    private final EvidenceTokens tokens;
    private final Path folder;
    private final OperatorAuth auth;
    private final AuditTrail audit;
    private final Clock clock;

    public EvidenceServer(EvidenceTokens tokens, Path dataDir, OperatorAuth auth, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.folder = dataDir.toAbsolutePath().normalize().resolve("evidence");
        this.auth = auth;
        this.audit = audit;
        this.clock = clock;
    }

    public void serve(Exchange exchange) throws SQLException {
        String token = exchange.getMessage().getHeader("token", String.class);
        Optional<EvidenceTokens.Grant> grant = tokens.resolve(token, clock.instant());
        Path image = grant.map(g -> folder.resolve(g.evidenceId() + ".jpg").normalize()).orElse(null);
        if (image == null || !image.getParent().equals(folder) || !Files.isRegularFile(image)) {
            HttpReplies.reply(exchange, 404, HttpReplies.JSON, "{\"error\":\"no such evidence\"}");
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image);
        } catch (IOException e) {
            LOG.warn("Evidence {} could not be read: {}", grant.get().evidenceId(), e.getMessage());
            HttpReplies.reply(exchange, 404, HttpReplies.JSON, "{\"error\":\"no such evidence\"}");
            return;
        }
        String who = auth.identify(exchange).map(Operator::id).orElseGet(() -> "anonymous " + remote(exchange));
        audit.append(AuditEntry.of(clock.instant(), grant.get().eventId(), AuditEntry.Step.VIEW,
                who.length() > 64 ? who.substring(0, 64) : who, null, "viewed evidence " + grant.get().evidenceId()));
        LOG.info("evidence {} viewed by {}", grant.get().evidenceId(), who);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, "image/jpeg");
        message.setHeader("Cache-Control", "no-store");
        message.setBody(bytes);
    }

    private static String remote(Exchange exchange) {
        Object address = exchange.getMessage().getHeader("CamelVertxPlatformHttpRemoteAddress");
        return address == null ? "(address unknown)" : String.valueOf(address);
    }
}
