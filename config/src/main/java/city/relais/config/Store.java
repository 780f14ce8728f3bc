package city.relais.config;

/**
 * The hub's SQL store (tickets, alerts, operator decisions, audit chain, evidence tokens).
 *
 * @param url      JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql://...}; null = an embedded H2 database
 *                 in {@code <data-dir>/store/relais}
 * @param user     database user; null when the URL needs none
 * @param password database password, a {@link Secret}; null when none
 */
public record Store(String url, String user, Secret password) {

    /** JDBC URL prefixes the hub knows how to migrate and run on. */
    public static final java.util.List<String> SUPPORTED = java.util.List.of("jdbc:h2:", "jdbc:postgresql:");

    /** The embedded default. */
    public static Store embedded() {
        return new Store(null, null, null);
    }

    /** True when the hub keeps its store in an embedded H2 file under its data dir. */
    public boolean isEmbedded() {
        return url == null;
    }
}
