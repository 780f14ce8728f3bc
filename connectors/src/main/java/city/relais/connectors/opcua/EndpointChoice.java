package city.relais.connectors.opcua;

import city.relais.config.device.OpcUaSecurity;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks, among the endpoints a server announces (GetEndpoints), the one with the configured security policy and mode,
 * and points it at the host and port the city file names (servers often announce an internal host name).
 */
final class EndpointChoice {

    private EndpointChoice() {
    }

    static SecurityPolicy policy(OpcUaSecurity security) {
        if (security == null) {
            return SecurityPolicy.None;
        }
        return switch (security.policy()) {
            case NONE -> SecurityPolicy.None;
            case BASIC256SHA256 -> SecurityPolicy.Basic256Sha256;
            case AES128_SHA256_RSAOAEP -> SecurityPolicy.Aes128_Sha256_RsaOaep;
            case AES256_SHA256_RSAPSS -> SecurityPolicy.Aes256_Sha256_RsaPss;
        };
    }

    static MessageSecurityMode mode(OpcUaSecurity security) {
        if (security == null) {
            return MessageSecurityMode.None;
        }
        return switch (security.mode()) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
    }

    /** The matching endpoint, re-pointed at {@code configuredUrl}'s host and port; empty when none matches. */
    static Optional<EndpointDescription> choose(List<EndpointDescription> endpoints, OpcUaSecurity security,
                                                String configuredUrl) {
        String policyUri = policy(security).getUri();
        MessageSecurityMode mode = mode(security);
        return endpoints.stream()
                .filter(e -> policyUri.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                .findFirst()
                .map(e -> EndpointUtil.updateUrl(e, EndpointUtil.getHost(configuredUrl),
                        EndpointUtil.getPort(configuredUrl)));
    }

    /** What the server offers, for the message when nothing matches: {@code None/None, Basic256Sha256/Sign}. */
    static String offered(List<EndpointDescription> endpoints) {
        return endpoints.stream()
                .map(e -> e.getSecurityPolicyUri().substring(e.getSecurityPolicyUri().lastIndexOf('#') + 1) + "/"
                        + e.getSecurityMode())
                .distinct().collect(Collectors.joining(", "));
    }

    static String wanted(OpcUaSecurity security) {
        return policy(security).name() + "/" + mode(security);
    }
}
