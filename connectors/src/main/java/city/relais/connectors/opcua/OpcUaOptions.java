package city.relais.connectors.opcua;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the hub's OPC UA client runs.
 *
 * @param pkiDir         the hub's PKI folder ({@code <data-dir>/pki}): {@code own/} holds the application certificate
 *                       created on first start, {@code trusted/certs/} the server certificates the city trusts,
 *                       {@code rejected/} the refused ones
 * @param requestTimeout wait for each OPC UA request (and for discovery and connection)
 */
public record OpcUaOptions(Path pkiDir, Duration requestTimeout) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    public OpcUaOptions {
        Objects.requireNonNull(pkiDir, "pkiDir");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public static OpcUaOptions defaults(Path pkiDir) {
        return new OpcUaOptions(pkiDir, DEFAULT_REQUEST_TIMEOUT);
    }
}
