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

import city.relais.hub.store.TicketRecord.State;

/**
 * The tickets table. At most one ticket per asset and problem is not closed (a unique {@code open_key}, cleared on
 * closing), so a repeated detection finds the open one instead of opening another.
 */
public final class TicketRecords {

    private final StoreDatabase db;

    public TicketRecords(StoreDatabase db) {
        this.db = db;
    }

    /** A ticket to create, before the POST. */
    public record Intent(String automation, String device, String asset, String problem, String serviceCode,
                         double lat, double lon, String description, String mediaUrl, String senderId,
                         String eventId) {
    }

    /** The ticket of this asset and problem that is not closed, if any. */
    public Optional<TicketRecord> findOpen(Connection c, String asset, String problem) throws SQLException {
        return one(c, "SELECT * FROM tickets WHERE open_key = ?", TicketRecord.openKey(asset, problem));
    }

    /** Stores the intent (state {@code intent}); the unique open key refuses a second one for the same problem. */
    public TicketRecord createIntent(Connection c, Intent intent, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tickets (automation, device, asset, problem, "
                + "open_key, state, service_code, lat, lon, description, media_url, sender_id, first_event, "
                + "last_event, repeats, attempts, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, 'intent', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, intent.automation());
            insert.setString(2, intent.device());
            insert.setString(3, intent.asset());
            insert.setString(4, intent.problem());
            insert.setString(5, TicketRecord.openKey(intent.asset(), intent.problem()));
            insert.setString(6, intent.serviceCode());
            insert.setDouble(7, intent.lat());
            insert.setDouble(8, intent.lon());
            insert.setString(9, intent.description());
            insert.setString(10, intent.mediaUrl());
            insert.setString(11, intent.senderId());
            insert.setString(12, intent.eventId());
            insert.setString(13, intent.eventId());
            Sql.instant(insert, 14, now);
            Sql.instant(insert, 15, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return byId(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    public void repeat(Connection c, long id, String eventId, Instant now) throws SQLException {
        update(c, "UPDATE tickets SET repeats = repeats + 1, last_event = ?, updated_at = ? WHERE id = ?",
                eventId, now, id);
    }

    public void attempt(long id, String error, Instant now) throws SQLException {
        db.transaction(c -> update(c, "UPDATE tickets SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                + "WHERE id = ?", Sql.cut(error, 2000), now, id));
    }

    public void opened(long id, String serviceRequestId, Instant now) throws SQLException {
        db.transaction(c -> update(c, "UPDATE tickets SET state = 'open', service_request_id = ?, last_error = NULL, "
                + "updated_at = ? WHERE id = ?", serviceRequestId, now, id));
    }

    /** Closed by the service: the asset and problem may get a new ticket. */
    public void closed(long id, String notes, Instant now) throws SQLException {
        db.transaction(c -> update(c, "UPDATE tickets SET state = 'closed', open_key = NULL, status_notes = ?, "
                + "closed_at = ?, updated_at = ? WHERE id = ?", Sql.cut(notes, 4000), now, now, id));
    }

    /** Refused by the service (4xx): not retried; the next detection may try again. */
    public void failed(long id, String error, Instant now) throws SQLException {
        db.transaction(c -> update(c, "UPDATE tickets SET state = 'failed', open_key = NULL, last_error = ?, "
                + "closed_at = ?, updated_at = ? WHERE id = ?", Sql.cut(error, 2000), now, now, id));
    }

    public Optional<TicketRecord> byId(long id) throws SQLException {
        return db.transaction(c -> byId(c, id));
    }

    private Optional<TicketRecord> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT * FROM tickets WHERE id = ?")) {
            query.setLong(1, id);
            return first(query);
        }
    }

    /** True when a ticket of this automation was opened or updated by this event. */
    public boolean mentions(String automation, String eventId) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM tickets WHERE automation = ? "
                    + "AND (first_event = ? OR last_event = ?)")) {
                query.setString(1, automation);
                query.setString(2, eventId);
                query.setString(3, eventId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getLong(1) > 0;
                }
            }
        });
    }

    /** Tickets in one state, oldest first. */
    public List<TicketRecord> inState(State state) throws SQLException {
        return db.transaction(c -> list(c, "SELECT * FROM tickets WHERE state = ? ORDER BY id", state.wireName()));
    }

    /** Every ticket, oldest first. */
    public List<TicketRecord> all() throws SQLException {
        return db.transaction(c -> list(c, "SELECT * FROM tickets ORDER BY id"));
    }

    private static Optional<TicketRecord> one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, arg);
            return first(query);
        }
    }

    private static Optional<TicketRecord> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static List<TicketRecord> list(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setString(i + 1, args[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<TicketRecord> tickets = new ArrayList<>();
                while (rows.next()) {
                    tickets.add(read(rows));
                }
                return tickets;
            }
        }
    }

    private static Void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Instant at) {
                    Sql.instant(update, i + 1, at);
                } else {
                    update.setObject(i + 1, args[i]);
                }
            }
            update.executeUpdate();
            return null;
        }
    }

    private static TicketRecord read(ResultSet r) throws SQLException {
        return new TicketRecord(r.getLong("id"), r.getString("automation"), r.getString("device"),
                r.getString("asset"), r.getString("problem"), State.valueOf(r.getString("state").toUpperCase()),
                r.getString("service_code"), r.getDouble("lat"), r.getDouble("lon"), r.getString("description"),
                r.getString("media_url"), r.getString("sender_id"), r.getString("service_request_id"),
                r.getString("first_event"), r.getString("last_event"), r.getInt("repeats"), r.getInt("attempts"),
                r.getString("last_error"), r.getString("status_notes"), Sql.instant(r, "created_at"),
                Sql.instant(r, "updated_at"), Sql.instant(r, "closed_at"));
    }
}
