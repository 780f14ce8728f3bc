package city.relais.config.device;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The holding registers of one lamp in a Modbus profile, as offsets added to the lamp's {@code address}. Only
 * {@code level} is required; an absent register is null.
 *
 * @param level        written with the commanded level (read back as the level the lamp is going to)
 * @param actualLevel  read: the light output now, mid-fade included
 * @param status       read: 0 = OK; with a DALI scale, the DALI status byte
 * @param failureLevel the system-failure level the gateway applies when its bus fails
 * @param powerOnLevel the level the gear takes at power-on
 * @param ramp         written before the level: the fade time in the profile's ramp unit
 * @param lease        written before the level: the lease left in the profile's lease unit; 0 ends the lease
 */
public record ModbusRegisters(int level, Integer actualLevel, Integer status, Integer failureLevel,
                              Integer powerOnLevel, Integer ramp, Integer lease) {

    /** Key as written in YAML to offset, in documentation order; absent registers are left out. */
    public Map<String, Integer> byKey() {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        offsets.put("level", level);
        putIfSet(offsets, "actual-level", actualLevel);
        putIfSet(offsets, "status", status);
        putIfSet(offsets, "failure-level", failureLevel);
        putIfSet(offsets, "power-on-level", powerOnLevel);
        putIfSet(offsets, "ramp", ramp);
        putIfSet(offsets, "lease", lease);
        return offsets;
    }

    /** The largest offset, to check that every lamp's registers stay below 65536. */
    public int maxOffset() {
        return byKey().values().stream().mapToInt(Integer::intValue).max().orElse(level);
    }

    private static void putIfSet(Map<String, Integer> offsets, String key, Integer offset) {
        if (offset != null) {
            offsets.put(key, offset);
        }
    }
}
