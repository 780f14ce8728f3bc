package city.relais.config.device;

import city.relais.config.Secret;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an X.509 user identity (an OPC UA {@code identity-certificate} and {@code identity-key}): the certificate from
 * a PEM or DER file, the RSA private key from PEM text (PKCS#8 {@code BEGIN PRIVATE KEY} or PKCS#1
 * {@code BEGIN RSA PRIVATE KEY}, unencrypted: the secret file's permissions are the protection). Used by the config
 * loader to check the files and by the connector to use them. {@link Unusable} messages name the file, never its
 * content.
 */
public final class X509Credentials {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    /** DER of the rsaEncryption AlgorithmIdentifier, to wrap a PKCS#1 key into PKCS#8. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00};
    private static final String KEY_FORMS = "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- "
            + "(PKCS#1)";

    /** Why a certificate or key cannot be used; the message names the file or key, never a secret. */
    public static final class Unusable extends Exception {

        Unusable(String message) {
            super(message);
        }
    }

    private X509Credentials() {
    }

    /** The certificate in {@code file}: DER, or PEM (the first {@code CERTIFICATE} block). */
    public static X509Certificate certificate(Path file) throws Unusable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unusable("cannot read identity certificate " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Unusable("cannot read identity certificate " + file + ": permission denied");
        } catch (IOException e) {
            throw new Unusable("cannot read identity certificate " + file + ": " + e.getClass().getSimpleName());
        }
        X509Certificate certificate;
        try {
            byte[] der = bytes.length > 0 && bytes[0] == 0x30 ? bytes
                    : pemBlock(new String(bytes, StandardCharsets.US_ASCII), "CERTIFICATE").orElse(bytes);
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw new Unusable("identity certificate " + file + " is not an X.509 certificate (PEM or DER)");
        }
        if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
            throw new Unusable("identity certificate " + file + " has a " + certificate.getPublicKey().getAlgorithm()
                    + " key: the RSA security policies need an RSA user certificate");
        }
        return certificate;
    }

    /** The RSA private key in PEM text (the first private key block). */
    public static PrivateKey privateKey(Secret pem) throws Unusable {
        Matcher block = PEM.matcher(pem.reveal());
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("ENCRYPTED PRIVATE KEY") || type.endsWith("PRIVATE KEY")
                    && block.group(2).contains("Proc-Type: 4,ENCRYPTED")) {
                throw new Unusable("identity-key is encrypted: give it unencrypted in a file only the hub can read "
                        + "(openssl pkcs8 -topk8 -nocrypt)");
            }
            if (type.equals("PRIVATE KEY") || type.equals("RSA PRIVATE KEY")) {
                byte[] der = decode(block.group(2));
                return rsaKey(type.equals("PRIVATE KEY") ? der : pkcs8(der));
            }
            if (type.endsWith("PRIVATE KEY")) {
                throw new Unusable("identity-key is a " + type.replace(" PRIVATE KEY", "")
                        + " key: the RSA security policies need an RSA key");
            }
        }
        throw new Unusable("identity-key is not a PEM private key (" + KEY_FORMS + ")");
    }

    /** Fails unless {@code key} is the private key of {@code certificate} (read from {@code file}). */
    public static void checkPair(X509Certificate certificate, PrivateKey key, Path file) throws Unusable {
        BigInteger certified = ((RSAPublicKey) certificate.getPublicKey()).getModulus();
        if (!(key instanceof RSAPrivateKey rsa) || !rsa.getModulus().equals(certified)) {
            throw new Unusable("identity-key is not the private key of identity certificate " + file);
        }
    }

    private static Optional<byte[]> pemBlock(String text, String type) {
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            if (block.group(1).equals(type)) {
                return Optional.of(Base64.getMimeDecoder().decode(block.group(2).trim()));
            }
        }
        return Optional.empty();
    }

    private static byte[] decode(String base64) throws Unusable {
        try {
            return Base64.getMimeDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new Unusable("identity-key is not a PEM private key (its base64 does not decode)");
        }
    }

    private static PrivateKey rsaKey(byte[] pkcs8) throws Unusable {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Unusable("identity-key is not an RSA private key (" + KEY_FORMS + ")");
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey into a PKCS#8 PrivateKeyInfo. */
    private static byte[] pkcs8(byte[] pkcs1) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(new byte[]{0x02, 0x01, 0x00});
        info.writeBytes(RSA_ALGORITHM);
        info.writeBytes(der(0x04, pkcs1));
        return der(0x30, info.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
