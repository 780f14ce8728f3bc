package city.relais.config.device;

import city.relais.config.Secret;
import city.relais.config.WireNamed;

import java.nio.file.Path;
import java.util.Objects;

/**
 * OPC UA channel security and user identity: anonymous (no user, no certificate), a user name and password, or an
 * X.509 user certificate with its private key.
 *
 * @param policy              security policy, default Basic256Sha256
 * @param mode                message security mode, default SignAndEncrypt
 * @param user                optional user name (anonymous when null and no identity certificate)
 * @param password            the user's password, a {@link Secret}; null without user
 * @param identityCertificate X.509 user certificate file (PEM or DER, resolved against the city file's folder); null
 *                            without an X.509 identity; never together with a user
 * @param identityKey         the certificate's private key as PEM text (PKCS#8 or PKCS#1, unencrypted), a
 *                            {@link Secret}; set exactly when identityCertificate is (see {@link X509Credentials})
 */
public record OpcUaSecurity(Policy policy, Mode mode, String user, Secret password, Path identityCertificate,
                            Secret identityKey) {

    public OpcUaSecurity {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(mode, "mode");
        if ((identityCertificate == null) != (identityKey == null)) {
            throw new IllegalArgumentException("an X.509 identity needs both its certificate and its key");
        }
        if (identityCertificate != null && user != null) {
            throw new IllegalArgumentException("a user name and an X.509 identity do not go together");
        }
    }

    /** User name (or anonymous) identity, no certificate. */
    public OpcUaSecurity(Policy policy, Mode mode, String user, Secret password) {
        this(policy, mode, user, password, null, null);
    }

    /** An X.509 user identity. */
    public static OpcUaSecurity x509(Policy policy, Mode mode, Path identityCertificate, Secret identityKey) {
        return new OpcUaSecurity(policy, mode, null, null, Objects.requireNonNull(identityCertificate,
                "identityCertificate"), Objects.requireNonNull(identityKey, "identityKey"));
    }

    /** Whether the identity is an X.509 user certificate. */
    public boolean x509Identity() {
        return identityCertificate != null;
    }

    /** Security policies; the deprecated Basic128Rsa15 and Basic256 are not offered. */
    public enum Policy implements WireNamed {
        NONE("None"), BASIC256SHA256("Basic256Sha256"), AES128_SHA256_RSAOAEP("Aes128_Sha256_RsaOaep"),
        AES256_SHA256_RSAPSS("Aes256_Sha256_RsaPss");

        private final String wireName;

        Policy(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /** Message security modes. */
    public enum Mode implements WireNamed {
        NONE("None"), SIGN("Sign"), SIGN_AND_ENCRYPT("SignAndEncrypt");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }
}
