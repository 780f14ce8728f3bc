package city.relais.hub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verdicts on what a skill raised (an operator's confirm or dismiss, a ticket closed "nothing found"), and the
 * skills whose automatic actuation is suspended because of them.
 */
public final class VerdictRecords {

    private final StoreDatabase db;

    public VerdictRecords(StoreDatabase db) {
        this.db = db;
    }

    public void add(String skill, String camera, String eventId, boolean correct, String source, String reason,
                    Instant at) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO verdicts (skill, camera, event_id, "
                    + "correct, source, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, skill);
                insert.setString(2, camera);
                insert.setString(3, eventId);
                insert.setBoolean(4, correct);
                insert.setString(5, source);
                insert.setString(6, Sql.cut(reason, 1000));
                Sql.instant(insert, 7, at);
                return insert.executeUpdate();
            }
        });
    }

    /** The last {@code window} verdicts of a skill on a camera, newest first: true = correct. */
    public List<Boolean> latest(String skill, String camera, int window) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT correct FROM verdicts WHERE skill = ? AND "
                    + "camera = ? ORDER BY id DESC FETCH FIRST " + Math.max(1, window) + " ROWS ONLY")) {
                query.setString(1, skill);
                query.setString(2, camera);
                try (ResultSet rows = query.executeQuery()) {
                    List<Boolean> verdicts = new ArrayList<>();
                    while (rows.next()) {
                        verdicts.add(rows.getBoolean(1));
                    }
                    return verdicts;
                }
            }
        });
    }

    /** Suspends a skill on a camera; false when it already was. */
    public boolean suspend(String skill, String camera, String reason, Instant at) throws SQLException {
        return db.transaction(c -> {
            if (suspensions(c).containsKey(skill + "/" + camera)) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO suspensions (skill, camera, reason, "
                    + "suspended_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, skill);
                insert.setString(2, camera);
                insert.setString(3, Sql.cut(reason, 1000));
                Sql.instant(insert, 4, at);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Lifts a suspension; false when there was none. */
    public boolean resume(String skill, String camera) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM suspensions WHERE skill = ? AND "
                    + "camera = ?")) {
                delete.setString(1, skill);
                delete.setString(2, camera);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Suspended {@code skill/camera} keys with their reason. */
    public Map<String, String> suspensions() throws SQLException {
        return db.transaction(VerdictRecords::suspensions);
    }

    private static Map<String, String> suspensions(java.sql.Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT skill, camera, reason FROM suspensions");
             ResultSet rows = query.executeQuery()) {
            Map<String, String> suspended = new LinkedHashMap<>();
            while (rows.next()) {
                suspended.put(rows.getString(1) + "/" + rows.getString(2), rows.getString(3));
            }
            return suspended;
        }
    }
}
