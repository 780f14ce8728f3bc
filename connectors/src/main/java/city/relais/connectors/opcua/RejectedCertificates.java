package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.util.DigestUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The folder where refused server certificates are saved, one DER file per certificate named by its SHA-1
 * thumbprint, so that the message can name the exact file an operator moves to {@code trusted/certs/}.
 */
final class RejectedCertificates implements CertificateQuarantine {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedCertificates.class);

    private final Path dir;

    RejectedCertificates(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Path dir() {
        return dir;
    }

    /** The file a certificate is (or would be) saved to. */
    Path fileOf(X509Certificate certificate) {
        try {
            return dir.resolve(HexFormat.of().formatHex(DigestUtil.sha1(certificate.getEncoded())) + ".der");
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    @Override
    public void addRejectedCertificate(X509Certificate certificate) {
        Path file = fileOf(certificate);
        try {
            Files.write(file, certificate.getEncoded());
        } catch (Exception e) {
            LOG.warn("Cannot save the refused certificate {} to {}", certificate.getSubjectX500Principal(), file, e);
        }
    }

    @Override
    public void removeRejectedCertificate(X509Certificate certificate) {
        try {
            Files.deleteIfExists(fileOf(certificate));
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", fileOf(certificate), e);
        }
    }

    @Override
    public List<X509Certificate> getRejectedCertificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.der")) {
            for (Path file : files) {
                certificates.add(read(file));
            }
        } catch (IOException | CertificateException e) {
            LOG.warn("Cannot list the refused certificates in {}", dir, e);
        }
        return certificates;
    }

    private static X509Certificate read(Path file) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
