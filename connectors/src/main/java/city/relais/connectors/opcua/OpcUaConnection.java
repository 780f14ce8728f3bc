package city.relais.connectors.opcua;

import city.relais.config.device.OpcUaSecurity;
import city.relais.connectors.lighting.DeviceException;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The session to one OPC UA server, opened on first use: endpoint discovery, the configured security policy, mode and
 * identity (anonymous, user name or X.509 user certificate, see {@link UserIdentity}), the hub's application
 * certificate, the trust list. Milo keeps the session alive (keep-alive requests) and re-activates it after a short
 * outage; after a connection failure the connector drops the client and the next command connects afresh. Lost and
 * restored sessions are logged.
 */
final class OpcUaConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaConnection.class);

    private final String deviceId;
    private final String endpointUrl;
    private final OpcUaSecurity security;
    private final ClientPki pki;
    private final OpcUaOptions options;
    private final Runnable onNewSession;
    private OpcUaClient client;
    private SessionLog sessionLog;
    private String identity;

    OpcUaConnection(String deviceId, String endpointUrl, OpcUaSecurity security, ClientPki pki, OpcUaOptions options,
                    Runnable onNewSession) {
        this.deviceId = deviceId;
        this.endpointUrl = endpointUrl;
        this.security = security;
        this.pki = pki;
        this.options = options;
        this.onNewSession = onNewSession;
        this.identity = UserIdentity.describe(security);
    }

    /** The connected client, connecting first when needed. */
    synchronized OpcUaClient client() throws DeviceException {
        if (client != null) {
            return client;
        }
        pki.clearRefusal();
        UserIdentity user = UserIdentity.of(deviceId, security);
        identity = user.description();
        EndpointDescription endpoint = endpoint();
        OpcUaClient fresh = null;
        SessionLog log = new SessionLog();
        try {
            fresh = OpcUaClient.create(config(endpoint, user.provider()));
            fresh.addSessionActivityListener(log);
            fresh.connect();
        } catch (UaException e) {
            log.retire();
            disconnect(fresh);
            throw connectFailure(e);
        }
        client = fresh;
        sessionLog = log;
        onNewSession.run();
        LOG.info("{}: connected to {} ({}, {})", deviceId, endpointUrl, EndpointChoice.wanted(security), identity);
        return client;
    }

    synchronized boolean connected() {
        return client != null;
    }

    /** Drops the client after a connection failure; the next command connects again. */
    synchronized void drop() {
        if (client != null) {
            LOG.warn("{}: connection to {} lost; the next command reconnects", deviceId, endpointUrl);
            sessionLog.retire();
            disconnect(client);
            client = null;
        }
    }

    private EndpointDescription endpoint() throws DeviceException {
        List<EndpointDescription> endpoints;
        try {
            endpoints = DiscoveryClient.getEndpoints(endpointUrl,
                            transport -> transport.setConnectTimeout(uint(options.requestTimeout().toMillis())))
                    .get(options.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OpcUaErrors.failed(deviceId, "discover the endpoints of " + endpointUrl, e);
        } catch (Exception e) {
            throw OpcUaErrors.failed(deviceId, "discover the endpoints of " + endpointUrl, e);
        }
        return EndpointChoice.choose(endpoints, security, endpointUrl).orElseThrow(() ->
                new DeviceException(deviceId, "Bad_SecurityPolicyRejected", false, endpointUrl
                        + " offers no endpoint with " + EndpointChoice.wanted(security) + " (it offers: "
                        + EndpointChoice.offered(endpoints) + ")", null));
    }

    private OpcUaClientConfig config(EndpointDescription endpoint, IdentityProvider identityProvider) {
        X509Certificate certificate = pki.own().certificate();
        return OpcUaClientConfig.builder()
                .setEndpoint(endpoint)
                .setApplicationName(LocalizedText.english("Relais hub"))
                .setApplicationUri(ClientPki.APPLICATION_URI)
                .setProductUri("urn:relais")
                .setKeyPair(pki.own().keyPair())
                .setCertificate(certificate)
                .setCertificateChain(new X509Certificate[]{certificate})
                .setCertificateValidator(pki.validator())
                .setIdentityProvider(identityProvider)
                .setRequestTimeout(uint(options.requestTimeout().toMillis()))
                .build();
    }

    private DeviceException connectFailure(UaException e) {
        return pki.lastRefusal()
                .map(refusal -> new DeviceException(deviceId, OpcUaErrors.name(e.getStatusCode()), false,
                        pki.refusalMessage(endpointUrl, refusal), e))
                .orElseGet(() -> OpcUaErrors.failed(deviceId, "connect to " + endpointUrl + " as " + identity, e));
    }

    private void disconnect(OpcUaClient stale) {
        if (stale != null) {
            stale.disconnectAsync().whenComplete((done, error) -> {
                if (error != null) {
                    LOG.debug("{}: disconnecting from {} failed", deviceId, endpointUrl, error);
                }
            });
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            sessionLog.retire();
            try {
                client.disconnectAsync().get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.debug("{}: disconnecting from {} failed", deviceId, endpointUrl, e);
            }
            client = null;
        }
    }

    /**
     * Logs session loss and recovery (Milo's keep-alive notices a dead server between commands); silent once the
     * connector itself disconnects the client.
     */
    private final class SessionLog implements SessionActivityListener {

        private volatile boolean retired;

        void retire() {
            retired = true;
        }

        @Override
        public void onSessionActive(UaSession session) {
            if (!retired) {
                LOG.info("{}: OPC UA session to {} active", deviceId, endpointUrl);
            }
        }

        @Override
        public void onSessionInactive(UaSession session) {
            if (!retired) {
                LOG.warn("{}: OPC UA session to {} lost (server unreachable or restarted); Milo re-activates it, "
                        + "commands fail as retryable meanwhile", deviceId, endpointUrl);
            }
        }
    }
}
