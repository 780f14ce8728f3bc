package city.relais.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import city.relais.config.Retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what is past its retention: decided alerts, verdicts and finished tickets after {@code events}, evidence
 * tokens after they expire, audit entries after {@code audit}. The only code that deletes audit rows: it unlocks the
 * database's append-only guard for its own transaction only.
 */
public final class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final StoreDatabase db;
    private final Retention retention;
    private final MeterRegistry registry;

    public RetentionPurge(StoreDatabase db, Retention retention, MeterRegistry registry) {
        this.db = db;
        this.retention = retention;
        this.registry = registry;
    }

    /** Purges once; returns the rows removed per table and logs one line with them. */
    public Map<String, Integer> purge(Instant now) throws SQLException {
        Instant events = now.minus(retention.events());
        Map<String, Integer> purged = new LinkedHashMap<>();
        purged.put("alerts", delete("DELETE FROM alerts WHERE state <> 'pending' AND created_at < ?", events));
        purged.put("verdicts", delete("DELETE FROM verdicts WHERE decided_at < ?", events));
        purged.put("tickets", delete("DELETE FROM tickets WHERE state IN ('closed', 'failed') AND closed_at < ?",
                events));
        purged.put("evidence_tokens", delete("DELETE FROM evidence_tokens WHERE expires_at < ?", now));
        purged.put("audit", purgeAudit(now.minus(retention.audit())));
        int total = purged.values().stream().mapToInt(Integer::intValue).sum();
        purged.forEach((table, rows) -> Counter.builder("relais_store_purged_rows")
                .description("Rows removed by the retention purge").tag("table", table).register(registry)
                .increment(rows));
        LOG.info("Retention purge: {} row(s) purged {} (events {}, audit {})", total, purged, retention.events(),
                retention.audit());
        return purged;
    }

    private int delete(String sql, Instant before) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement(sql)) {
                Sql.instant(delete, 1, before);
                return delete.executeUpdate();
            }
        });
    }

    private int purgeAudit(Instant before) throws SQLException {
        return db.transaction(c -> {
            unlock(c);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM audit WHERE at < ?")) {
                Sql.instant(delete, 1, before);
                return delete.executeUpdate();
            } finally {
                lock(c);
            }
        });
    }

    private void unlock(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(db.vendor() == StoreDatabase.Vendor.POSTGRESQL ? "SET LOCAL relais.purge = 'on'"
                    : "SET @relais_purge = 'on'");
        }
    }

    private void lock(Connection c) throws SQLException {
        if (db.vendor() == StoreDatabase.Vendor.H2) {
            try (Statement statement = c.createStatement()) {
                statement.execute("SET @relais_purge = NULL");
            }
        }
    }
}
