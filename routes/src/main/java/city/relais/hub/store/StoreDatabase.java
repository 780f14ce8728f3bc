package city.relais.hub.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import city.relais.config.Store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's SQL database: a connection pool on the configured JDBC URL (an embedded H2 file under the data dir by
 * default, or PostgreSQL), migrated by Flyway to the current schema before anything uses it.
 */
public final class StoreDatabase implements AutoCloseable {

    /** The database engines the store runs on. */
    public enum Vendor { H2, POSTGRESQL }

    /** Work done on one connection in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

    private final HikariDataSource pool;
    private final Vendor vendor;
    private final String described;

    private StoreDatabase(HikariDataSource pool, Vendor vendor, String described) {
        this.pool = pool;
        this.vendor = vendor;
        this.described = described;
    }

    /** Opens (and migrates) the store of a city file; {@code dataDir} holds the embedded database. */
    public static StoreDatabase open(Store store, Path dataDir) throws SQLException {
        String url = store.url();
        if (store.isEmbedded()) {
            Path folder = dataDir.toAbsolutePath().resolve("store");
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new SQLException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
            }
            // AUTO_SERVER: `relais audit` reads the store while the hub runs; WRITE_DELAY=0: a commit reaches the
            // file before it returns (H2 otherwise buffers ~0.5 s, and a kill -9 lost a ticket intent in a test)
            url = "jdbc:h2:file:" + folder.resolve("relais") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        }
        Vendor vendor = url.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.H2;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("relais-store");
        config.setMaximumPoolSize(4);
        config.setAutoCommit(true);
        if (store.user() != null) {
            config.setUsername(store.user());
        }
        if (store.password() != null) {
            config.setPassword(store.password().reveal());
        }
        String described = vendor == Vendor.H2 ? "H2 " + url.replaceFirst(";.*", "") : "PostgreSQL "
                + url.replaceFirst("\\?.*", "");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SQLException("cannot open the store (" + described + "): " + e.getMessage(), e);
        }
        try {
            MigrateResult result = Flyway.configure().dataSource(pool)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.name()
                            .toLowerCase())
                    .load().migrate();
            LOG.info("Store: {} at schema version {} ({} migration(s) applied)", described,
                    result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw new SQLException("cannot migrate the store (" + described + "): " + e.getMessage(), e);
        }
        return new StoreDatabase(pool, vendor, described);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The engine and where it is, without credentials. */
    public String describe() {
        return described;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
