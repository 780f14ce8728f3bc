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
 */
public record Hub(Http http, Path dataDir, Path routesDir, DemoSource demo, ErrorPolicy errors) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public Hub {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(errors, "errors");
    }

    public static Hub defaults() {
        return new Hub(Http.defaults(), DEFAULT_DATA_DIR, null, null, ErrorPolicy.defaults());
    }

    public Hub withHttpPort(int port) {
        return new Hub(http.withPort(port), dataDir, routesDir, demo, errors);
    }

    public Hub withDataDir(Path dir) {
        return new Hub(http, dir, routesDir, demo, errors);
    }
}
