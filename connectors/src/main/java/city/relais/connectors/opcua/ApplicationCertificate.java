package city.relais.connectors.opcua;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.List;

/**
 * An OPC UA application instance certificate and its key, generated self-signed on first start and kept in a
 * PKCS#12 file (owner-only permissions where the file system has them). The file's password only satisfies the
 * format: the protection is the file's permissions, as for an SSH host key.
 *
 * @param keyPair     the application's RSA key pair
 * @param certificate the self-signed certificate carrying the application URI and host names
 */
public record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate) {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationCertificate.class);
    private static final char[] STORE_PASSWORD = "relais".toCharArray();
    private static final String ALIAS = "application";

    /** What goes in a new certificate. */
    public record Subject(String applicationUri, String commonName, List<String> dnsNames, List<String> ipAddresses) {
    }

    /** Loads the certificate kept in {@code file}, or creates it (and its folders) on first use. */
    public static synchronized ApplicationCertificate loadOrCreate(Path file, Subject subject) throws IOException {
        try {
            if (Files.isRegularFile(file)) {
                return load(file);
            }
            ApplicationCertificate created = create(subject);
            created.save(file);
            LOG.info("Created OPC UA application certificate {} for {} in {}", created.certificate()
                    .getSubjectX500Principal().getName(), subject.applicationUri(), file);
            return created;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read or write the application certificate " + file + ": " + e, e);
        }
    }

    private static ApplicationCertificate load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD);
        }
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
        X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
        if (key == null || certificate == null) {
            throw new IOException(file + " holds no '" + ALIAS + "' key entry: delete it to have it created again");
        }
        return new ApplicationCertificate(new KeyPair(certificate.getPublicKey(), key), certificate);
    }

    private static ApplicationCertificate create(Subject subject) throws GeneralSecurityException {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(subject.commonName())
                .setOrganization("Relais")
                .setApplicationUri(subject.applicationUri())
                .setValidityPeriod(Period.ofYears(5));
        subject.dnsNames().forEach(builder::addDnsName);
        subject.ipAddresses().forEach(builder::addIpAddress);
        try {
            return new ApplicationCertificate(keyPair, builder.build());
        } catch (Exception e) {
            throw new GeneralSecurityException("cannot build a self-signed certificate: " + e.getMessage(), e);
        }
    }

    private void save(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keyPair.getPrivate(), STORE_PASSWORD, new Certificate[]{certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debug("No POSIX permissions on {}: leaving the file system's defaults", file);
        }
    }
}
