package city.relais.config.load;

import city.relais.config.device.LevelScale;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.ModbusRegisters;
import city.relais.config.load.Fields.Item;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code modbus-profiles}: a mapping from profile id to a gateway's register map and link settings. The city's
 * profiles come after the built-in ones ({@link BuiltinModbusProfiles}); reusing a built-in id is a problem.
 */
final class ModbusProfileBinder {

    static final String SECTION = "modbus-profiles";
    private static final Range OFFSET = Range.closed(0, 65535);

    private final BindContext ctx;
    private final boolean builtIn;

    ModbusProfileBinder(BindContext ctx, boolean builtIn) {
        this.ctx = ctx;
        this.builtIn = builtIn;
    }

    /** The built-in profiles followed by the city's, by id. */
    Map<String, ModbusProfile> bindWithBuiltIns(List<Item> entries) {
        Map<String, ModbusProfile> builtIns = BuiltinModbusProfiles.all();
        Map<String, ModbusProfile> profiles = new LinkedHashMap<>(builtIns);
        bind(entries).forEach((id, profile) -> {
            if (builtIns.containsKey(id)) {
                ctx.problems().add(ctx.originOf(profile), "'" + id + "' is a built-in profile: give yours another "
                        + "name (built-in: " + String.join(", ", builtIns.keySet()) + ")");
            } else {
                profiles.put(id, profile);
            }
        });
        return profiles;
    }

    /** The profiles written in {@code entries}, by id, in file order. */
    Map<String, ModbusProfile> bind(List<Item> entries) {
        Map<String, ModbusProfile> profiles = new LinkedHashMap<>();
        for (Item entry : entries) {
            String violation = Names.idViolation(entry.key());
            if (violation != null) {
                ctx.problems().add(entry.path(), entry.line(), violation);
            }
            ModbusProfile profile = ctx.origin(profile(entry), entry.path());
            if (violation == null) {
                profiles.put(entry.key(), profile);
            }
        }
        return profiles;
    }

    private ModbusProfile profile(Item entry) {
        Fields f = ctx.fields(entry.node(), entry.path());
        int unitId = f.integer("unit-id", ModbusProfile.DEFAULT_UNIT_ID, Range.closed(0, 255));
        Duration timeout = f.duration("timeout", ModbusProfile.DEFAULT_TIMEOUT,
                Range.closed(Duration.ofMillis(100), Duration.ofMinutes(1)));
        int retries = f.integer("retries", ModbusProfile.DEFAULT_RETRIES, Range.closed(0, 10));
        LevelScale scale = f.choice("level-scale", LevelScale.PERCENT, LevelScale.class);
        f.require("registers");
        ModbusRegisters registers = registers(ctx.fields(f.node("registers"), f.pathOf("registers")));
        Duration rampUnit = f.duration("ramp-unit", ModbusProfile.DEFAULT_RAMP_UNIT,
                Range.closed(Duration.ofMillis(1), Duration.ofMinutes(1)));
        Duration leaseUnit = f.duration("lease-unit", ModbusProfile.DEFAULT_LEASE_UNIT,
                Range.closed(Duration.ofMillis(100), Duration.ofHours(1)));
        double releaseLevel = f.number("release-level", ModbusProfile.DEFAULT_RELEASE_LEVEL, Range.closed(0, 100));
        f.finish();
        return new ModbusProfile(entry.key(), unitId, timeout, retries, scale, registers, rampUnit, leaseUnit,
                releaseLevel, builtIn);
    }

    private static ModbusRegisters registers(Fields f) {
        Map<Integer, String> used = new LinkedHashMap<>();
        f.require("level");
        Integer level = offset(f, "level", used);
        ModbusRegisters registers = new ModbusRegisters(level == null ? 0 : level, offset(f, "actual-level", used),
                offset(f, "status", used), offset(f, "failure-level", used), offset(f, "power-on-level", used),
                offset(f, "ramp", used), offset(f, "lease", used));
        f.finish();
        return registers;
    }

    /** An optional register offset; each offset may be used once per profile. */
    private static Integer offset(Fields f, String key, Map<Integer, String> used) {
        YamlNode node = f.node(key);
        if (node == null) {
            return null;
        }
        long offset = Values.whole(node, f.pathOf(key), f.problems(), -1, OFFSET);
        if (offset < 0) {
            return null;
        }
        String earlier = used.putIfAbsent((int) offset, key);
        if (earlier != null) {
            f.problems().add(f.pathOf(key), f.lineOf(key), "offset " + offset + " is already " + earlier + "'s");
        }
        return (int) offset;
    }
}
