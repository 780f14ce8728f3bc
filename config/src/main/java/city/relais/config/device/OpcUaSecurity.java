package city.relais.config.device;

import city.relais.config.Secret;
import city.relais.config.WireNamed;

import java.util.Objects;

/**
 * OPC UA channel security and user identity.
 *
 * @param policy   security policy, default Basic256Sha256
 * @param mode     message security mode, default SignAndEncrypt
 * @param user     optional user name (anonymous when null)
 * @param password the user's password, a {@link Secret}; null without user
 */
public record OpcUaSecurity(Policy policy, Mode mode, String user, Secret password) {

    public OpcUaSecurity {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(mode, "mode");
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
