package city.relais.connectors.sim.opcua;

import city.relais.connectors.opcua.ApplicationCertificate;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.X509IdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the simulator's Milo server: endpoints, certificate, identities (anonymous, user names, X.509 user
 * certificates from a trusted set; an unknown one is refused with Bad_IdentityTokenRejected).
 */
final class SimulatorServer {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

    private SimulatorServer() {
    }

    static OpcUaServer create(OpcUaLightingSimulator.Options options, int port, ApplicationCertificate own)
            throws Exception {
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(OpcUaLightingSimulator.APPLICATION_URI)
                .setApplicationName(LocalizedText.english("Relais street-lighting simulator"))
                .setProductUri("urn:relais:sim")
                .setBuildInfo(new BuildInfo("urn:relais:sim", "Relais", "street-lighting simulator",
                        OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(endpoints(options, port, own.certificate()))
                .setCertificateManager(certificateManager(own))
                .setIdentityValidator(identities(options))
                .build();
        return new OpcUaServer(config, profile ->
                new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
    }

    private static Set<EndpointConfig> endpoints(OpcUaLightingSimulator.Options options, int port,
                                                 X509Certificate certificate) {
        List<UserTokenPolicy> tokens = new ArrayList<>();
        if (options.anonymous()) {
            tokens.add(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
        }
        if (!options.users().isEmpty()) {
            tokens.add(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME);
        }
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(options.bindAddress())
                .setBindPort(port)
                .setHostname(OpcUaLightingSimulator.advertisedHost(options.bindAddress()))
                .setPath(OpcUaLightingSimulator.PATH)
                .setCertificate(certificate)
                .addTokenPolicies(tokens.toArray(UserTokenPolicy[]::new));
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
                .build());
        EndpointConfig.Builder secure = base.copy().setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                .setSecurityMode(MessageSecurityMode.SignAndEncrypt);
        if (!options.trustedUserCertificates().isEmpty()) {
            // the token is signed with the channel's policy: offered where the channel has one
            secure.addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_X509);
        }
        endpoints.add(secure.build());
        return endpoints;
    }

    private static DefaultCertificateManager certificateManager(ApplicationCertificate own) throws Exception {
        MemoryTrustListManager trustList = new MemoryTrustListManager();
        CertificateValidator trustEveryClient = (chain, applicationUri, hostnames) ->
                LOG.debug("Simulator accepts client certificate {}", chain.get(0).getSubjectX500Principal());
        DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(trustList,
                new MemoryCertificateStore(), new RsaSha256CertificateFactory() {
                    @Override
                    protected KeyPair createRsaSha256KeyPair() {
                        return own.keyPair();
                    }

                    @Override
                    protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                        return new X509Certificate[]{own.certificate()};
                    }
                }, trustEveryClient);
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
    }

    private static IdentityValidator identities(OpcUaLightingSimulator.Options options) {
        List<IdentityValidator> validators = new ArrayList<>();
        if (options.anonymous()) {
            validators.add(AnonymousIdentityValidator.INSTANCE);
        }
        Map<String, String> users = options.users();
        if (!users.isEmpty()) {
            validators.add(new UsernameIdentityValidator(challenge -> challenge.getPassword() != null
                    && challenge.getPassword().equals(users.get(challenge.getUsername()))));
        }
        List<X509Certificate> trusted = options.trustedUserCertificates();
        if (!trusted.isEmpty()) {
            validators.add(new X509IdentityValidator(certificate -> {
                boolean known = trusted.contains(certificate);
                if (!known) {
                    LOG.info("Simulator refuses X.509 user {}: not a trusted user certificate",
                            certificate.getSubjectX500Principal());
                }
                return known;
            }));
        }
        return new CompositeValidator(validators);
    }
}
