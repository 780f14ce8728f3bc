package city.relais.config;

import java.util.Objects;

/**
 * The hub's HTTP listener (REST API, health).
 *
 * @param host interface to bind, default {@value #DEFAULT_HOST} (loopback only)
 * @param port TCP port 0..65535, default {@value #DEFAULT_PORT}; 0 = any free port
 */
public record Http(String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public Http {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    public static Http defaults() {
        return new Http(DEFAULT_HOST, DEFAULT_PORT);
    }

    public Http withPort(int newPort) {
        return new Http(host, newPort);
    }
}
