package city.relais.connectors.sim.opcua;

import city.relais.connectors.opcua.ApplicationCertificate;
import city.relais.connectors.sim.FreePort;
import city.relais.connectors.sim.SimulatedLamp;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A street-lighting controller on OPC UA (Eclipse Milo server), in-process or standalone: endpoints with security
 * None and Basic256Sha256/SignAndEncrypt, anonymous, user-name and (on the secure endpoint) X.509 identities from a
 * trusted set of user certificates, a self-signed certificate kept in its
 * PKI folder, and per lamp the variables of {@link LampVariables} in namespace {@value LampNamespace#URI}
 * (index 2: {@code ns=2;s=L1.Level}). A 100 ms tick shows each lamp's ramp and applies expired leases. It trusts
 * every client certificate (it is a simulator). Restartable: {@link #stop()} then {@link #start()} comes back on the
 * same port with the same certificate and the lamps' state.
 */
public final class OpcUaLightingSimulator implements AutoCloseable {

    public static final String PATH = "/relais-lighting";
    public static final String APPLICATION_URI = "urn:relais:sim:lighting-controller";
    private static final Logger LOG = LoggerFactory.getLogger(OpcUaLightingSimulator.class);
    private static final Duration TICK = Duration.ofMillis(100);

    /**
     * @param port                    TCP port, 0 = a free one (see {@link #port()})
     * @param bindAddress             interface to listen on, also the host of the endpoint URL (loopback by default)
     * @param pkiDir                  where the simulator keeps its certificate ({@code own/simulator.p12})
     * @param users                   accepted user names and passwords; empty = no user-name identity
     * @param anonymous               whether the anonymous identity is accepted
     * @param defaultLease            lease given to a level written without a LeaseExpiry
     * @param clock                   the lamps' clock
     * @param trustedUserCertificates X.509 user identities accepted (on the secure endpoint); empty = no X.509
     *                                identity; any other certificate is refused with Bad_IdentityTokenRejected
     */
    public record Options(int port, String bindAddress, Path pkiDir, Map<String, String> users, boolean anonymous,
                          Duration defaultLease, Clock clock, List<X509Certificate> trustedUserCertificates) {

        public Options {
            Objects.requireNonNull(pkiDir, "pkiDir");
            users = Map.copyOf(users);
            trustedUserCertificates = List.copyOf(trustedUserCertificates);
        }

        /** Port 0 on loopback, anonymous only, 5-minute default lease, the system clock. */
        public static Options defaults(Path pkiDir) {
            return new Options(0, "127.0.0.1", pkiDir, Map.of(), true, Duration.ofMinutes(5), Clock.systemUTC(),
                    List.of());
        }

        public Options withPort(int newPort) {
            return new Options(newPort, bindAddress, pkiDir, users, anonymous, defaultLease, clock,
                    trustedUserCertificates);
        }

        public Options withUsers(Map<String, String> newUsers, boolean allowAnonymous) {
            return new Options(port, bindAddress, pkiDir, newUsers, allowAnonymous, defaultLease, clock,
                    trustedUserCertificates);
        }

        public Options withBindAddress(String newBindAddress) {
            return new Options(port, newBindAddress, pkiDir, users, anonymous, defaultLease, clock,
                    trustedUserCertificates);
        }

        /** Accepts an X.509 user identity whose certificate is one of {@code certificates}. */
        public Options withTrustedUserCertificates(Collection<X509Certificate> certificates) {
            return new Options(port, bindAddress, pkiDir, users, anonymous, defaultLease, clock,
                    List.copyOf(certificates));
        }
    }

    private final Options options;
    private final Map<String, LampVariables> lamps = new LinkedHashMap<>();
    private final ApplicationCertificate certificate;
    private final ScheduledExecutorService ticker;
    private final int port;
    private OpcUaServer server;
    private LampNamespace namespace;
    private ScheduledFuture<?> tick;

    public OpcUaLightingSimulator(Collection<SimulatedLamp> lamps, Options options) throws IOException {
        this.options = options;
        lamps.forEach(lamp -> this.lamps.put(lamp.id(), new LampVariables(lamp, options.clock(),
                options.defaultLease())));
        this.port = FreePort.resolve(options.port(), options.bindAddress());
        this.certificate = ApplicationCertificate.loadOrCreate(options.pkiDir().resolve("own/simulator.p12"),
                new ApplicationCertificate.Subject(APPLICATION_URI, "Relais lighting simulator",
                        List.of("localhost", localHostname()), List.of("127.0.0.1")));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "opcua-sim-tick");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts listening; returns once the endpoints are bound. */
    public synchronized OpcUaLightingSimulator start() throws Exception {
        if (server != null) {
            return this;
        }
        server = SimulatorServer.create(options, port, certificate);
        namespace = new LampNamespace(server, List.copyOf(lamps.values()));
        namespace.startup();
        server.startup().get(20, TimeUnit.SECONDS);
        tick = ticker.scheduleAtFixedRate(this::refresh, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("OPC UA lighting simulator listening on {} with lamps {}", endpointUrl(), lamps.keySet());
        return this;
    }

    /** Stops listening (clients see the controller go away); the lamps keep their state and clock. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        tick.cancel(false);
        namespace.shutdown();
        try {
            server.shutdown().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("OPC UA lighting simulator did not shut down cleanly", e);
        }
        server = null;
        LOG.info("OPC UA lighting simulator on port {} stopped", port);
    }

    private void refresh() {
        try {
            lamps.values().forEach(LampVariables::refresh);
        } catch (RuntimeException e) {
            LOG.warn("OPC UA lighting simulator tick failed", e);
        }
    }

    public int port() {
        return port;
    }

    public String endpointUrl() {
        return "opc.tcp://" + advertisedHost(options.bindAddress()) + ":" + port + PATH;
    }

    /** The host in endpoint URLs: the bind address, or this machine's name when bound to every interface. */
    static String advertisedHost(String bindAddress) {
        return "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? localHostname() : bindAddress;
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** The simulator's certificate, to place in a client's trust list. */
    public X509Certificate certificate() {
        return certificate.certificate();
    }

    public SimulatedLamp lamp(String id) {
        LampVariables lamp = lamps.get(id);
        if (lamp == null) {
            throw new IllegalArgumentException("no lamp " + id + " (lamps: " + lamps.keySet() + ")");
        }
        return lamp.lamp();
    }

    /** The level node id of a lamp, as a city file writes it: {@code ns=2;s=L1.Level}. */
    public static String levelNode(String lampId) {
        return new NodeId(2, lampId + ".Level").toParseableString();
    }

    @Override
    public void close() {
        stop();
        ticker.shutdownNow();
    }
}
