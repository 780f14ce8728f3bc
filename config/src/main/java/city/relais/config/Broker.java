package city.relais.config;

import java.util.Objects;

/**
 * The message broker between cameras, hub and connectors.
 *
 * @param mode     embedded (default) or external
 * @param url      external only (required there): e.g. {@code tcp://b1:61616,tcp://b2:61616}; null when embedded
 * @param user     optional user name
 * @param password optional, with user; a {@link Secret}
 * @param port     embedded only: loopback TCP acceptor port, 0 = none (in-JVM only), default 0
 */
public record Broker(BrokerMode mode, String url, String user, Secret password, int port) {

    public Broker {
        Objects.requireNonNull(mode, "mode");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    public static Broker embedded() {
        return new Broker(BrokerMode.EMBEDDED, null, null, null, 0);
    }
}
