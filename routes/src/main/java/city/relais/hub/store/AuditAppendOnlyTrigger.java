package city.relais.hub.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;

/**
 * H2's guard of the append-only audit table: every UPDATE is refused, and a DELETE too unless the retention purge
 * set the session variable {@code @relais_purge} for its transaction.
 */
public final class AuditAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && purging(connection)) {
            return;
        }
        throw new SQLException("audit is append-only: " + (delete ? "DELETE" : "UPDATE") + " refused", "P0001");
    }

    private static boolean purging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @relais_purge")) {
            return row.next() && "on".equals(row.getString(1));
        }
    }
}
