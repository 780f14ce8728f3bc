package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.DigestUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's OPC UA PKI folder: {@code own/relais-hub.p12} (the application certificate, created on first start),
 * {@code trusted/certs/} and {@code trusted/crl/} (server certificates the city trusts, re-read when files appear),
 * {@code issuer/} (CA certificates), {@code rejected/} (refused server certificates, one {@code <sha1>.der} each).
 * An unknown server certificate is refused, saved to {@code rejected/}, and remembered so that the connection error
 * can say which file to move to {@code trusted/certs/}.
 */
final class ClientPki implements Closeable {

    static final String APPLICATION_URI = "urn:relais:hub";
    private static final Logger LOG = LoggerFactory.getLogger(ClientPki.class);

    /** A server certificate refused by the trust list, and the file it was saved to. */
    record Refusal(X509Certificate certificate, Path savedTo) {
    }

    private final Path pkiDir;
    private final FileBasedTrustListManager trustList;
    private final RejectedCertificates rejected;
    private final ApplicationCertificate own;
    private final DefaultClientCertificateValidator validator;
    private final AtomicReference<Refusal> lastRefusal = new AtomicReference<>();

    private ClientPki(Path pkiDir) throws IOException {
        this.pkiDir = pkiDir.toAbsolutePath().normalize();
        this.own = ApplicationCertificate.loadOrCreate(this.pkiDir.resolve("own/relais-hub.p12"),
                new ApplicationCertificate.Subject(APPLICATION_URI, "Relais hub", List.of(hostname()),
                        List.of()));
        this.rejected = new RejectedCertificates(this.pkiDir.resolve("rejected"));
        this.trustList = FileBasedTrustListManager.createAndInitialize(this.pkiDir);
        this.validator = new DefaultClientCertificateValidator(trustList, rejected);
    }

    static ClientPki open(Path pkiDir) throws IOException {
        return new ClientPki(pkiDir);
    }

    ApplicationCertificate own() {
        return own;
    }

    Path trustedCertsDir() {
        return pkiDir.resolve("trusted").resolve("certs");
    }

    /** Validates server certificates against the trust list, remembering the last refusal. */
    CertificateValidator validator() {
        return (chain, applicationUri, hostnames) -> {
            try {
                validator.validateCertificateChain(chain, applicationUri, hostnames);
            } catch (UaException e) {
                X509Certificate leaf = chain.get(0);
                if (!Files.exists(rejected.fileOf(leaf))) {
                    rejected.addRejectedCertificate(leaf);
                }
                lastRefusal.set(new Refusal(leaf, rejected.fileOf(leaf)));
                LOG.warn("Refused the server certificate {}: {}", leaf.getSubjectX500Principal(), e.getMessage());
                throw e;
            }
        };
    }

    /** Forgets the last refusal (before a new connection attempt). */
    void clearRefusal() {
        lastRefusal.set(null);
    }

    Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal.get());
    }

    /** The message for a refused server certificate: what was refused, where it was saved, where to move it. */
    String refusalMessage(String endpointUrl, Refusal refusal) {
        X509Certificate certificate = refusal.certificate();
        return "the server certificate of " + endpointUrl + " (" + commonName(certificate)
                + ", SHA-1 " + thumbprint(certificate) + ") is not trusted: it was saved to " + refusal.savedTo()
                + "; to trust it, check it with the controller's owner and move that file to " + trustedCertsDir()
                + "/";
    }

    private static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        Matcher cn = Pattern.compile("CN=([^,]+)").matcher(subject);
        return cn.find() ? "CN=" + cn.group(1) : subject;
    }

    private static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(DigestUtil.sha1(certificate.getEncoded()));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public void close() {
        try {
            trustList.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the trust list watcher of {}", pkiDir, e);
        }
    }
}
