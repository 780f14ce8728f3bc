package city.relais.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import city.relais.event.CityEvent;

/** The alerts table: one alert per automation and event (a redelivered event finds its alert). */
public final class AlertRecords {

    private final StoreDatabase db;

    public AlertRecords(StoreDatabase db) {
        this.db = db;
    }

    /** Stores a pending alert; returns the existing one when this automation already raised one for the event. */
    public AlertRecord raise(String automation, String tier, CityEvent event, Instant now) throws SQLException {
        return db.transaction(c -> {
            Optional<AlertRecord> existing = find(c, "SELECT * FROM alerts WHERE automation = ? AND event_id = ?",
                    automation, event.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO alerts (automation, tier, event_id, "
                    + "event_type, camera, zone, explanation, evidence, state, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, automation);
                insert.setString(2, tier);
                insert.setString(3, event.id());
                insert.setString(4, event.type().wireName());
                insert.setString(5, event.camera());
                insert.setString(6, event.zone());
                insert.setString(7, event.explanation());
                insert.setString(8, event.evidence());
                Sql.instant(insert, 9, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return byId(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /**
     * Records an operator's decision on a pending alert.
     *
     * @return the decided alert; empty when there is no such alert or it was already decided
     */
    public Optional<AlertRecord> decide(long id, String state, String operator, String reason, Instant now)
            throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alerts SET state = ?, decided_by = ?, "
                    + "reason = ?, decided_at = ? WHERE id = ? AND state = 'pending'")) {
                update.setString(1, state);
                update.setString(2, operator);
                update.setString(3, Sql.cut(reason, 1000));
                Sql.instant(update, 4, now);
                update.setLong(5, id);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return byId(c, id);
        });
    }

    public void linkTicket(long id, long ticketId) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alerts SET ticket_id = ? WHERE id = ?")) {
                update.setLong(1, ticketId);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    public Optional<AlertRecord> byId(long id) throws SQLException {
        return db.transaction(c -> byId(c, id));
    }

    /** True when this automation already raised an alert for the event. */
    public boolean exists(String automation, String eventId) throws SQLException {
        return db.transaction(c -> find(c, "SELECT * FROM alerts WHERE automation = ? AND event_id = ?", automation,
                eventId)).isPresent();
    }

    /** Alerts, newest first; {@code state} null for every state. */
    public List<AlertRecord> list(String state, int limit) throws SQLException {
        String where = state == null ? "" : " WHERE state = ?";
        return db.transaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT * FROM alerts" + where
                    + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
                if (state != null) {
                    query.setString(1, state);
                }
                return read(query);
            }
        });
    }

    private static Optional<AlertRecord> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT * FROM alerts WHERE id = ?")) {
            query.setLong(1, id);
            return read(query).stream().findFirst();
        }
    }

    private static Optional<AlertRecord> find(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, a);
            query.setString(2, b);
            return read(query).stream().findFirst();
        }
    }

    private static List<AlertRecord> read(PreparedStatement query) throws SQLException {
        try (ResultSet r = query.executeQuery()) {
            List<AlertRecord> alerts = new ArrayList<>();
            while (r.next()) {
                alerts.add(new AlertRecord(r.getLong("id"), r.getString("automation"), r.getString("tier"),
                        r.getString("event_id"), r.getString("event_type"), r.getString("camera"),
                        r.getString("zone"), r.getString("explanation"), r.getString("evidence"),
                        r.getString("state"), Sql.instant(r, "created_at"), Sql.instant(r, "decided_at"),
                        r.getString("decided_by"), r.getString("reason"), Sql.nullableLong(r, "ticket_id")));
            }
            return alerts;
        }
    }
}
