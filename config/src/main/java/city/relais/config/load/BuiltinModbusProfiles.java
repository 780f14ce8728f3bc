package city.relais.config.load;

import city.relais.config.device.ModbusProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The Modbus profiles that ship with Relais ({@code dali-gateway}, {@code generic-level-status}), read once from the
 * classpath resource {@value #RESOURCE}, written exactly as a city would write them under {@code modbus-profiles}.
 */
public final class BuiltinModbusProfiles {

    public static final String RESOURCE = "relais/builtin-modbus-profiles.yaml";

    private static final Map<String, ModbusProfile> ALL = load();

    private BuiltinModbusProfiles() {
    }

    /** The built-in profiles by id, in resource order. */
    public static Map<String, ModbusProfile> all() {
        return ALL;
    }

    /** A built-in profile; fails for an unknown id (a programming error, not a city file problem). */
    public static ModbusProfile get(String id) {
        ModbusProfile profile = ALL.get(id);
        if (profile == null) {
            throw new IllegalArgumentException("no built-in Modbus profile '" + id + "' (built-in: "
                    + String.join(", ", ALL.keySet()) + ")");
        }
        return profile;
    }

    private static Map<String, ModbusProfile> load() {
        Problems problems = new Problems(RESOURCE);
        Optional<YamlNode> root = YamlTreeReader.read(text(), problems);
        BindContext ctx = new BindContext(problems, new SecretResolver(name -> null, null), null);
        Fields f = ctx.fields(root.orElse(null), "");
        Map<String, ModbusProfile> profiles = new ModbusProfileBinder(ctx, true)
                .bind(f.entries(ModbusProfileBinder.SECTION));
        f.finish();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the built-in Modbus profiles are broken: " + problems.sorted());
        }
        return Collections.unmodifiableMap(profiles);
    }

    private static String text() {
        try (InputStream in = BuiltinModbusProfiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from relais-config");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
