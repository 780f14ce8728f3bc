package city.relais.hub.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unguessable, expiring tokens for evidence URLs: 256 random bits each, stored with the evidence id they open and
 * their expiry. A token says nothing about the evidence; an unknown or expired one opens nothing.
 */
public final class EvidenceTokens {

    /** An evidence reference in an event: {@code evidence:<id>}. */
    public static final String PREFIX = "evidence:";
    /** The id of a blurred image, {@code <data-dir>/evidence/<id>.jpg}. */
    public static final Pattern EVIDENCE_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final StoreDatabase db;
    private final SecureRandom random = new SecureRandom();

    public EvidenceTokens(StoreDatabase db) {
        this.db = db;
    }

    /** The evidence id of an event's {@code evidence:<id>} reference; empty for anything else. */
    public static Optional<String> evidenceId(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = reference.substring(PREFIX.length());
        return EVIDENCE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** A new token for an evidence id, valid for {@code ttl}. */
    public String issue(String evidenceId, String eventId, Instant now, Duration ttl) throws SQLException {
        if (!EVIDENCE_ID.matcher(evidenceId).matches()) {
            throw new IllegalArgumentException("not an evidence id: " + evidenceId);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        db.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO evidence_tokens (token, evidence_id, "
                    + "event_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, evidenceId);
                insert.setString(3, eventId);
                Sql.instant(insert, 4, now);
                Sql.instant(insert, 5, now.plus(ttl));
                return insert.executeUpdate();
            }
        });
        return token;
    }

    /** What a token opens at {@code now}: the evidence id and its event; empty when unknown or expired. */
    public Optional<Grant> resolve(String token, Instant now) throws SQLException {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return db.transaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT evidence_id, event_id, expires_at FROM "
                    + "evidence_tokens WHERE token = ?")) {
                query.setString(1, token);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !Sql.instant(row, "expires_at").isAfter(now)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Grant(row.getString("evidence_id"), row.getString("event_id")));
                }
            }
        });
    }

    /** What a valid token opens. */
    public record Grant(String evidenceId, String eventId) {
    }
}
