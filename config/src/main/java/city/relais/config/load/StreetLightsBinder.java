package city.relais.config.load;

import city.relais.config.Secret;
import city.relais.config.device.Lamp;
import city.relais.config.device.OpcUaSecurity;
import city.relais.config.device.OpcUaSecurity.Mode;
import city.relais.config.device.OpcUaSecurity.Policy;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.device.X509Credentials;
import city.relais.config.load.Fields.Item;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code street-lights} device. The protocol decides the keys: opcua needs {@code endpoint} and a
 * {@code node} per lamp, modbus an {@code address} host:port and a register {@code address} per lamp, talq an
 * {@code endpoint} and a TALQ {@code address} per lamp. A modbus device needs a {@code profile} (its register map,
 * checked against the Modbus profiles once the whole file is read). An opcua {@code security} mapping gives the
 * policy, mode and identity: anonymous, {@code user} and {@code password}, or {@code identity-certificate} and
 * {@code identity-key} (X.509).
 */
final class StreetLightsBinder {

    private static final String IDENTITY_CERTIFICATE = "identity-certificate";
    private static final String IDENTITY_KEY = "identity-key";

    private final BindContext ctx;

    StreetLightsBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    StreetLights bind(Fields f, String id, Protocol protocol) {
        String endpoint = null;
        String address = null;
        OpcUaSecurity security = null;
        if (protocol == Protocol.OPCUA) {
            endpoint = DeviceFields.url(f, "endpoint", List.of("opc.tcp"), false);
            YamlNode node = f.node("security");
            security = node == null ? null : security(ctx.fields(node, f.pathOf("security")));
        } else if (protocol == Protocol.TALQ) {
            endpoint = DeviceFields.url(f, "endpoint", List.of("http", "https"), false);
        } else {
            address = DeviceFields.hostPort(f, "address");
        }
        String profile = DeviceFields.profile(f, protocol == Protocol.MODBUS);
        return new StreetLights(id, protocol, endpoint, address, security, profile, lamps(f, protocol));
    }

    private Map<String, Lamp> lamps(Fields f, Protocol protocol) {
        Map<String, Lamp> lamps = new LinkedHashMap<>();
        f.require("lamps");
        for (Item entry : f.entries("lamps")) {
            DeviceFields.label(entry, ctx.problems());
            lamps.put(entry.key(), lamp(ctx.fields(entry.node(), entry.path()), protocol));
        }
        Lists.notEmpty(f, "lamps", lamps.isEmpty(), "a lamp (id: {...})");
        return lamps;
    }

    private static Lamp lamp(Fields f, Protocol protocol) {
        String node = null;
        String address = null;
        if (protocol == Protocol.OPCUA) {
            node = f.requiredText("node");
        } else if (protocol == Protocol.MODBUS) {
            YamlNode register = f.require("address");
            address = register == null ? null : Long.toString(
                    Values.whole(register, f.pathOf("address"), f.problems(), 0, Range.closed(0, 65535)));
        } else {
            address = f.requiredText("address");
        }
        double watts = f.number("watts", 0, Range.closed(0, 2000));
        f.finish();
        return new Lamp(node, address, watts);
    }

    private OpcUaSecurity security(Fields f) {
        Policy policy = f.choice("policy", Policy.BASIC256SHA256, Policy.class);
        Mode mode = f.choice("mode", Mode.SIGN_AND_ENCRYPT, Mode.class);
        if ((policy == Policy.NONE) != (mode == Mode.NONE)) {
            f.problems().add(f.pathOf("mode"), f.lineOf("mode"), "mode " + mode.wireName() + " does not go with "
                    + "policy " + policy.wireName() + ": None goes with None, other policies with Sign or "
                    + "SignAndEncrypt");
        }
        String user = f.text("user");
        Secret password = ctx.secret(f, "password", user != null);
        if (user == null && f.has("password")) {
            f.problems().add(f.pathOf("password"), f.lineOf("password"), "a password needs a user");
        }
        Path certificate = ctx.path(f, IDENTITY_CERTIFICATE, null);
        Secret key = ctx.secret(f, IDENTITY_KEY, certificate != null);
        if (certificate == null && f.has(IDENTITY_KEY)) {
            f.problems().add(f.pathOf(IDENTITY_KEY), f.lineOf(IDENTITY_KEY), "an identity-key needs an "
                    + "identity-certificate");
        }
        boolean x509 = certificate != null && key != null;
        if (x509 && user != null) {
            f.problems().add(f.pathOf(IDENTITY_CERTIFICATE), f.lineOf(IDENTITY_CERTIFICATE), "user and "
                    + "identity-certificate do not go together: the identity is a user name and password, or an "
                    + "X.509 certificate and its identity-key");
            x509 = false;
        } else if (x509) {
            checkIdentity(f, certificate, key);
        }
        f.finish();
        return x509 ? new OpcUaSecurity(policy, mode, null, null, certificate, key)
                : new OpcUaSecurity(policy, mode, user, password);
    }

    /**
     * Checks the X.509 identity: the key parses (always), the certificate file is a readable RSA certificate and the
     * key is its private key (for a city file loaded from disk). Problems name the file, never the key.
     */
    private void checkIdentity(Fields f, Path certificateFile, Secret key) {
        X509Certificate certificate = null;
        if (ctx.baseDir() != null) {
            try {
                certificate = X509Credentials.certificate(certificateFile);
            } catch (X509Credentials.Unusable e) {
                f.problems().add(f.pathOf(IDENTITY_CERTIFICATE), f.lineOf(IDENTITY_CERTIFICATE), e.getMessage());
            }
        }
        try {
            PrivateKey privateKey = X509Credentials.privateKey(key);
            if (certificate != null) {
                X509Credentials.checkPair(certificate, privateKey, certificateFile);
            }
        } catch (X509Credentials.Unusable e) {
            f.problems().add(f.pathOf(IDENTITY_KEY), f.lineOf(IDENTITY_KEY), e.getMessage());
        }
    }
}
