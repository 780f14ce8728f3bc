package city.relais.config.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of network addresses. A URL carrying a password is refused without being quoted: credentials go in secret
 * fields, never in the file.
 */
public final class Addresses {

    public static final String CREDENTIALS = "the URL carries a password: credentials never go in the file, "
            + "use the user and secret fields";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern HOST_PORT = Pattern.compile("(.+):(\\d{1,5})");

    private Addresses() {
    }

    public static String hostViolation(String host) {
        return HOST.matcher(host).matches() ? null : "'" + host + "' is not a host name or IP address";
    }

    /** {@code host:port}, port 1..65535. */
    public static String hostPortViolation(String written) {
        var m = HOST_PORT.matcher(written);
        if (!m.matches() || !HOST.matcher(m.group(1)).matches() || !validPort(Integer.parseInt(m.group(2)))) {
            return "'" + written + "' is not host:port (e.g. 127.0.0.1:502)";
        }
        return null;
    }

    /** A URL with one of the schemes, a host and (when {@code needsPort}) a port; null when fine. */
    public static String urlViolation(String written, List<String> schemes, boolean needsPort) {
        URI uri;
        try {
            uri = new URI(written.trim());
        } catch (URISyntaxException e) {
            return carriesPassword(written) ? CREDENTIALS : "'" + written + "' is not a valid URL";
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            return CREDENTIALS;
        }
        String example = schemes.get(0) + "://host" + (needsPort ? ":port" : "") + "/...";
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase())
                || uri.getHost() == null || needsPort && uri.getPort() < 0) {
            return "'" + written + "' is not a " + String.join("/", schemes) + " URL (e.g. " + example + ")";
        }
        return null;
    }

    /** True when the text looks like {@code scheme://user:password@...}. */
    public static boolean carriesPassword(String written) {
        int scheme = written.indexOf("://");
        int at = written.indexOf('@');
        return scheme >= 0 && at > scheme && written.substring(scheme + 3, at).contains(":");
    }

    private static boolean validPort(int port) {
        return port >= 1 && port <= 65535;
    }
}
