package city.relais.config.load;

import city.relais.config.Broker;
import city.relais.config.BrokerMode;
import city.relais.config.Secret;

import java.util.List;

/** Reads the {@code broker} section: embedded (default, optional loopback port) or external (url required). */
final class BrokerBinder {

    private static final List<String> SCHEMES = List.of("tcp", "ssl", "amqp", "amqps");

    private final BindContext ctx;

    BrokerBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    Broker bind(YamlNode node) {
        Fields f = ctx.fields(node, "broker");
        BrokerMode mode = f.choice("mode", BrokerMode.EMBEDDED, BrokerMode.class);
        String url = null;
        int port = 0;
        if (mode == BrokerMode.EXTERNAL) {
            url = url(f);
            f.refuse("port", "port is for the embedded broker's acceptor: an external broker's port goes in url");
        } else {
            f.refuse("url", "url is for an external broker: write mode: external, or remove url");
            port = f.integer("port", 0, Range.closed(0, 65535));
        }
        String user = f.text("user");
        Secret password = ctx.secret(f, "password", false);
        if (f.has("password") && user == null) {
            f.problems().add(f.pathOf("password"), f.lineOf("password"), "a password needs a user");
        }
        f.finish();
        return new Broker(mode, url, user, password, port);
    }

    /** One URL or several, comma-separated, optionally in parentheses (Artemis failover syntax). */
    private static String url(Fields f) {
        String url = f.requiredText("url");
        if (url == null) {
            return null;
        }
        String list = url.trim();
        if (list.startsWith("(") && list.contains(")")) {
            list = list.substring(1, list.indexOf(')'));
        }
        for (String one : list.split(",")) {
            String violation = Addresses.urlViolation(one.trim(), SCHEMES, true);
            if (violation != null) {
                f.problems().add(f.pathOf("url"), f.lineOf("url"), violation);
                break;
            }
        }
        return url;
    }
}
