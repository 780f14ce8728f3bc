package city.relais.config.load;

import city.relais.config.device.TrafficModbusProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The traffic-controller Modbus profiles that ship with Relais ({@code generic-priority-v1}), read once from the
 * classpath resource {@value #RESOURCE} with the same checks as a city file.
 */
public final class BuiltinTrafficProfiles {

    public static final String RESOURCE = "relais/builtin-traffic-profiles.yaml";

    private static final Map<String, TrafficModbusProfile> ALL = load();

    private BuiltinTrafficProfiles() {
    }

    /** The built-in profiles by id, in resource order. */
    public static Map<String, TrafficModbusProfile> all() {
        return ALL;
    }

    /** A built-in profile, or empty. */
    public static Optional<TrafficModbusProfile> find(String id) {
        return Optional.ofNullable(id == null ? null : ALL.get(id));
    }

    /** A built-in profile; fails for an unknown id, naming the known ones. */
    public static TrafficModbusProfile get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no traffic-controller profile '" + id
                + "' (built-in: " + String.join(", ", ALL.keySet()) + ")"));
    }

    private static Map<String, TrafficModbusProfile> load() {
        Problems problems = new Problems(RESOURCE);
        Optional<YamlNode> root = YamlTreeReader.read(text(), problems);
        BindContext ctx = new BindContext(problems, new SecretResolver(name -> null, null), null);
        Fields f = ctx.fields(root.orElse(null), "");
        Map<String, TrafficModbusProfile> profiles = new TrafficProfileBinder(ctx)
                .bind(f.entries(TrafficProfileBinder.SECTION));
        f.finish();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the built-in traffic profiles are broken: " + problems.sorted());
        }
        return Collections.unmodifiableMap(profiles);
    }

    private static String text() {
        try (InputStream in = BuiltinTrafficProfiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from relais-config");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
