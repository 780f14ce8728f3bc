package city.relais.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The hub process itself.
 *
 * @param http      HTTP listener
 * @param dataDir   where the hub keeps its state (audit, journal); default {@code data}, resolved against the
 *                  config file's folder when loaded from a file
 * @param routesDir optional folder of extra {@code *.camel.yaml} routes; null = none
 * @param demo      optional recorded event stream; null = none
 * @param errors    retry policy for device commands
 * @param store     the SQL store (embedded H2 under the data dir by default)
 * @param precision when operator verdicts suspend a skill's automatic actuation
 */
public record Hub(Http http, Path dataDir, Path routesDir, DemoSource demo, ErrorPolicy errors, Store store,
                  PrecisionWatch precision) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public Hub {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(errors, "errors");
        store = store == null ? Store.embedded() : store;
        precision = precision == null ? PrecisionWatch.defaults() : precision;
    }

    /** A hub section with the default store and precision watch. */
    public Hub(Http http, Path dataDir, Path routesDir, DemoSource demo, ErrorPolicy errors) {
        this(http, dataDir, routesDir, demo, errors, null, null);
    }

    public static Hub defaults() {
        return new Hub(Http.defaults(), DEFAULT_DATA_DIR, null, null, ErrorPolicy.defaults());
    }

    public Hub withHttpPort(int port) {
        return new Hub(http.withPort(port), dataDir, routesDir, demo, errors, store, precision);
    }

    /** The same hub on another store (a test's PostgreSQL database). */
    public Hub withStore(Store other) {
        return new Hub(http, dataDir, routesDir, demo, errors, other, precision);
    }

    public Hub withDataDir(Path dir) {
        return new Hub(http, dir, routesDir, demo, errors, store, precision);
    }
}
