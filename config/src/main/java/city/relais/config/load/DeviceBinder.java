package city.relais.config.load;

import city.relais.config.Secret;
import city.relais.config.device.Device;
import city.relais.config.device.DeviceKind;
import city.relais.config.device.Protocol;
import city.relais.config.device.SnmpV3;
import city.relais.config.device.Ticketing;
import city.relais.config.device.TrafficController;
import city.relais.config.load.Fields.Item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one item of {@code devices}; {@code kind} chooses the record, {@code protocol} the keys it needs. */
final class DeviceBinder {

    static final String COMMUNITY = "SNMP communities (v1/v2c, such as 'public') are refused: use SNMPv3 with "
            + "snmp.user, snmp.auth-password and snmp.priv-password";
    private static final List<String> HTTP = List.of("http", "https");

    private final BindContext ctx;
    private final StreetLightsBinder streetLights;

    DeviceBinder(BindContext ctx) {
        this.ctx = ctx;
        this.streetLights = new StreetLightsBinder(ctx);
    }

    /** The device, or null when its kind or protocol is unusable (a problem says why). */
    Device bind(Item item) {
        Fields f = ctx.fields(item.node(), item.path());
        String id = f.id("id");
        DeviceKind kind = f.requiredChoice("kind", DeviceKind.class);
        Protocol protocol = kind == null ? null : protocol(f, kind);
        if (protocol == null) {
            f.acceptRest();
            ctx.unbound(Lookup.DEVICES, id);
            return null;
        }
        Device device = switch (kind) {
            case STREET_LIGHTS -> streetLights.bind(f, id, protocol);
            case TRAFFIC_CONTROLLER -> trafficController(f, id, protocol);
            case TICKETING -> ticketing(f, id, protocol);
        };
        f.finish();
        return ctx.origin(device, item.path());
    }

    private static Protocol protocol(Fields f, DeviceKind kind) {
        Protocol protocol = f.requiredChoice("protocol", Protocol.class);
        if (protocol != null && !kind.protocols().contains(protocol)) {
            f.problems().add(f.pathOf("protocol"), f.lineOf("protocol"), protocol.wireName() + " is not a protocol for "
                    + kind.wireName() + " (expected one of: " + String.join(", ",
                    kind.protocols().stream().map(Protocol::wireName).toList()) + ")");
            return null;
        }
        return protocol;
    }

    private TrafficController trafficController(Fields f, String id, Protocol protocol) {
        String address = DeviceFields.hostPort(f, "address");
        String profile = DeviceFields.profile(f, true);
        Map<String, Integer> approaches = approaches(f);
        f.refuse("community", COMMUNITY);
        SnmpV3 snmp = null;
        if (protocol == Protocol.SNMP) {
            YamlNode node = f.require("snmp");
            snmp = node == null ? null : snmp(ctx.fields(node, f.pathOf("snmp")));
        } else {
            f.refuse("snmp", "snmp is for protocol snmp");
        }
        return new TrafficController(id, protocol, address, profile, approaches, snmp);
    }

    private Map<String, Integer> approaches(Fields f) {
        Map<String, Integer> approaches = new LinkedHashMap<>();
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        f.require("approaches");
        for (Item entry : f.entries("approaches")) {
            DeviceFields.label(entry, ctx.problems());
            int number = (int) Values.whole(entry.node(), entry.path(), ctx.problems(), 0, Range.closed(1, 255));
            if (number > 0 && byNumber.containsKey(number)) {
                ctx.problems().add(entry.path(), entry.line(), "approach number " + number + " is already "
                        + byNumber.get(number) + "'s");
            }
            byNumber.putIfAbsent(number, entry.key());
            approaches.put(entry.key(), number);
        }
        Lists.notEmpty(f, "approaches", approaches.isEmpty(), "an approach (name: number)");
        return approaches;
    }

    private SnmpV3 snmp(Fields f) {
        String user = f.requiredText("user");
        Secret auth = passphrase(f, "auth-password");
        Secret priv = passphrase(f, "priv-password");
        f.refuse("community", COMMUNITY);
        f.finish();
        return new SnmpV3(user, auth, priv);
    }

    private Secret passphrase(Fields f, String key) {
        Secret secret = ctx.secret(f, key, true);
        if (secret != null && secret.reveal().length() < SnmpV3.MIN_PASSPHRASE) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "an SNMPv3 pass phrase needs at least "
                    + SnmpV3.MIN_PASSPHRASE + " characters");
        }
        return secret;
    }

    private Ticketing ticketing(Fields f, String id, Protocol protocol) {
        String endpoint = DeviceFields.url(f, "endpoint", HTTP, false);
        Secret apiKey = ctx.secret(f, "api-key", true);
        String jurisdiction = f.text("jurisdiction");
        Map<String, String> services = new LinkedHashMap<>();
        f.require("services");
        for (Item entry : f.entries("services")) {
            EventNames.check(entry.key(), entry.path(), entry.line(), ctx.problems());
            String code = Values.text(entry.node(), entry.path(), ctx.problems());
            if (code == null && entry.node() instanceof YamlNode.Scalar) {
                ctx.problems().add(entry.path(), entry.line(), "needs a service code");
            }
            services.put(entry.key(), code);
        }
        Lists.notEmpty(f, "services", services.isEmpty(), "an event type and its service code");
        return new Ticketing(id, protocol, endpoint, apiKey, jurisdiction, services);
    }
}
