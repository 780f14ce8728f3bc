package city.relais.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only audit table. This class has no update and no delete: entries are only added (the database refuses
 * UPDATE and DELETE on its own, see the V2 migrations); only {@link RetentionPurge} removes rows past retention.
 */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String COLUMNS = "id, at, event_id, step, actor, idempotency_key, detail";

    private final StoreDatabase db;

    public AuditTrail(StoreDatabase db) {
        this.db = db;
    }

    /** Appends one entry in its own transaction. */
    public void append(AuditEntry entry) throws SQLException {
        db.transaction(c -> {
            append(c, entry);
            return null;
        });
    }

    /** Appends entries in one transaction (all or none). */
    public void appendAll(List<AuditEntry> entries) throws SQLException {
        db.transaction(c -> {
            for (AuditEntry entry : entries) {
                append(c, entry);
            }
            return null;
        });
    }

    /** Appends an entry; a failure is logged (the action itself already happened) and never thrown. */
    public void record(AuditEntry entry) {
        try {
            append(entry);
        } catch (SQLException e) {
            LOG.error("Could not write the audit entry {} for event {}", entry.step().wireName(), entry.eventId(), e);
        }
    }

    /** Appends one entry inside the caller's transaction. */
    public static void append(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (at, event_id, step, actor, "
                + "idempotency_key, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            Sql.instant(insert, 1, entry.at());
            insert.setString(2, entry.eventId());
            insert.setString(3, entry.step().wireName());
            insert.setString(4, Sql.cut(entry.actor(), 64));
            insert.setString(5, entry.idempotencyKey());
            insert.setString(6, Sql.cut(entry.detail(), 4000));
            insert.executeUpdate();
        }
    }

    /**
     * The chain of one event in the order it was written: every entry of the event, and every entry that shares an
     * idempotency key with them (a late acknowledgement, a ticket update caused by the same command).
     */
    public List<AuditEntry> chain(String eventId) throws SQLException {
        return db.transaction(c -> {
            List<AuditEntry> entries = select(c, "SELECT " + COLUMNS + " FROM audit WHERE event_id = ? ORDER BY id",
                    eventId);
            Set<String> keys = new LinkedHashSet<>();
            entries.stream().map(AuditEntry::idempotencyKey).filter(k -> k != null).forEach(keys::add);
            List<AuditEntry> all = new ArrayList<>(entries);
            for (String key : keys) {
                for (AuditEntry linked : select(c, "SELECT " + COLUMNS + " FROM audit WHERE idempotency_key = ? "
                        + "AND (event_id IS NULL OR event_id <> ?) ORDER BY id", key, eventId)) {
                    all.add(linked);
                }
            }
            all.sort((a, b) -> Long.compare(a.id(), b.id()));
            return all;
        });
    }

    /** Up to {@code limit} entries stored after the entry {@code id}, oldest first (for a reader that follows). */
    public List<AuditEntry> after(long id, int limit) throws SQLException {
        return db.transaction(c -> select(c, "SELECT " + COLUMNS + " FROM audit WHERE id > " + id + " ORDER BY id "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY"));
    }

    /** The most recent entries, newest last. */
    public List<AuditEntry> recent(int limit) throws SQLException {
        return db.transaction(c -> {
            List<AuditEntry> newest = select(c, "SELECT " + COLUMNS + " FROM audit ORDER BY id DESC FETCH FIRST "
                    + Math.max(1, limit) + " ROWS ONLY");
            List<AuditEntry> ordered = new ArrayList<>(newest);
            java.util.Collections.reverse(ordered);
            return ordered;
        });
    }

    private static List<AuditEntry> select(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setString(i + 1, args[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong("id"), Sql.instant(rows, "at"), rows.getString("event_id"),
                            AuditEntry.Step.valueOf(rows.getString("step").toUpperCase()), rows.getString("actor"),
                            rows.getString("idempotency_key"), rows.getString("detail")));
                }
                return entries;
            }
        }
    }
}
