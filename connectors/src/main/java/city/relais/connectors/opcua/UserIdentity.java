package city.relais.connectors.opcua;

import city.relais.config.device.OpcUaSecurity;
import city.relais.config.device.X509Credentials;
import city.relais.connectors.lighting.DeviceException;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The session's user identity from the device's {@code security}: anonymous, user name and password, or an X.509
 * user certificate with its private key (Milo's {@link X509IdentityProvider}, which signs the server's nonce with the
 * key). The certificate file and key are read at each connection, so a renewed certificate is picked up on reconnect.
 *
 * @param provider    what Milo sends in ActivateSession
 * @param description for logs and messages: {@code anonymous}, {@code user relais}, {@code X.509 user CN=...}
 */
record UserIdentity(IdentityProvider provider, String description) {

    /** The identity to connect with; an unreadable certificate or key is a non-retryable failure naming the file. */
    static UserIdentity of(String deviceId, OpcUaSecurity security) throws DeviceException {
        if (security != null && security.x509Identity()) {
            try {
                X509Certificate certificate = X509Credentials.certificate(security.identityCertificate());
                PrivateKey key = X509Credentials.privateKey(security.identityKey());
                X509Credentials.checkPair(certificate, key, security.identityCertificate());
                return new UserIdentity(new X509IdentityProvider(certificate, key),
                        "X.509 user " + certificate.getSubjectX500Principal().getName());
            } catch (X509Credentials.Unusable e) {
                throw new DeviceException(deviceId, null, false, "cannot use the X.509 user identity: "
                        + e.getMessage(), null);
            }
        }
        if (security == null || security.user() == null) {
            return new UserIdentity(AnonymousProvider.INSTANCE, describe(security));
        }
        return new UserIdentity(new UsernameProvider(security.user(),
                security.password() == null ? "" : security.password().reveal()), describe(security));
    }

    /** The identity as configured, without reading any file (before the first connection). */
    static String describe(OpcUaSecurity security) {
        if (security != null && security.x509Identity()) {
            return "X.509 user of " + security.identityCertificate();
        }
        return security == null || security.user() == null ? "anonymous" : "user " + security.user();
    }

    @Override
    public String toString() {
        return description;
    }
}
