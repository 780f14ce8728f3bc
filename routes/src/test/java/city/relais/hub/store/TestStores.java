package city.relais.hub.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

import city.relais.config.Store;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The engines every store and ticket test runs on: the embedded H2 of a temp folder, and PostgreSQL from
 * {@code RELAIS_TEST_POSTGRES_URL} (started by {@code .ci/run}), in a fresh schema per test. With {@code CI} set, a
 * missing PostgreSQL fails the test; without it (a developer's machine) the PostgreSQL case is skipped.
 */
public final class TestStores {

    /** The variable {@code .ci/run} exports. */
    public static final String POSTGRES_URL = "RELAIS_TEST_POSTGRES_URL";

    /** An engine to run on. */
    public enum Engine { H2, POSTGRESQL }

    private TestStores() {
    }

    /** For {@code @MethodSource("city.relais.hub.store.TestStores#engines")}. */
    public static Stream<Engine> engines() {
        return Stream.of(Engine.values());
    }

    /** The store configuration of an engine: H2 under {@code dataDir} (the default), or a fresh PostgreSQL schema. */
    public static Store store(Engine engine) throws Exception {
        if (engine == Engine.H2) {
            return Store.embedded();
        }
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail(POSTGRES_URL + " is not set while CI is: .ci/run must start PostgreSQL for the store tests");
            }
            Assumptions.abort(POSTGRES_URL + " is not set: the PostgreSQL case runs in CI (.ci/run starts one)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url); Statement statement = c.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new Store(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    public static StoreDatabase open(Engine engine, Path dataDir) throws Exception {
        return StoreDatabase.open(store(engine), dataDir);
    }
}
