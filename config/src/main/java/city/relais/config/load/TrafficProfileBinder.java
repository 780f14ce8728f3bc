package city.relais.config.load;

import city.relais.config.device.TrafficModbusProfile;
import city.relais.config.device.TrafficModbusProfile.RequestSlots;
import city.relais.config.load.Fields.Item;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code traffic-profiles}: profile id to a traffic controller's Modbus register map. */
final class TrafficProfileBinder {

    static final String SECTION = "traffic-profiles";
    private static final Range REGISTER = Range.closed(0, 65535);
    private static final List<String> SLOT_KEYS = List.of("request-id", "approach", "vehicle-class", "level",
            "service-in", "departure-in", "lifetime", "reservice", "command", "status");

    private final BindContext ctx;

    TrafficProfileBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    Map<String, TrafficModbusProfile> bind(List<Item> entries) {
        Map<String, TrafficModbusProfile> profiles = new LinkedHashMap<>();
        for (Item entry : entries) {
            String violation = Names.idViolation(entry.key());
            if (violation != null) {
                ctx.problems().add(entry.path(), entry.line(), violation);
                continue;
            }
            profiles.put(entry.key(), ctx.origin(profile(entry), entry.path()));
        }
        return profiles;
    }

    private TrafficModbusProfile profile(Item entry) {
        Fields f = ctx.fields(entry.node(), entry.path());
        int unitId = f.integer("unit-id", 1, Range.closed(0, 255));
        Duration timeout = f.duration("timeout", Duration.ofSeconds(1),
                Range.closed(Duration.ofMillis(100), Duration.ofMinutes(1)));
        int retries = f.integer("retries", 1, Range.closed(0, 10));
        Duration timeUnit = f.duration("time-unit", Duration.ofMillis(100),
                Range.closed(Duration.ofMillis(10), Duration.ofSeconds(10)));
        f.require("slots");
        Fields s = ctx.fields(f.node("slots"), f.pathOf("slots"));
        int base = s.integer("base", 0, REGISTER);
        int count = s.integer("count", 1, Range.closed(1, 64));
        int size = s.integer("size", SLOT_KEYS.size(), Range.closed(SLOT_KEYS.size(), 100));
        s.finish();
        f.require("slot-registers");
        Fields r = ctx.fields(f.node("slot-registers"), f.pathOf("slot-registers"));
        Map<String, Integer> offsets = new LinkedHashMap<>();
        Map<Integer, String> used = new LinkedHashMap<>();
        for (String key : SLOT_KEYS) {
            r.require(key);
            int offset = r.integer(key, 0, Range.closed(0, size - 1));
            String earlier = used.putIfAbsent(offset, key);
            if (r.has(key) && earlier != null) {
                r.problems().add(r.pathOf(key), r.lineOf(key), "offset " + offset + " is already " + earlier + "'s");
            }
            offsets.put(key, offset);
        }
        r.finish();
        RequestSlots slots = new RequestSlots(base, count, size, offsets.get("request-id"), offsets.get("approach"),
                offsets.get("vehicle-class"), offsets.get("level"), offsets.get("service-in"),
                offsets.get("departure-in"), offsets.get("lifetime"), offsets.get("reservice"),
                offsets.get("command"), offsets.get("status"));
        int vehicleCalls = f.integer("vehicle-calls", 0, REGISTER);
        int pedestrianCalls = f.integer("pedestrian-calls", 0, REGISTER);
        int status = f.integer("controller-status", 0, REGISTER);
        f.finish();
        return new TrafficModbusProfile(entry.key(), unitId, timeout, retries, timeUnit, slots, vehicleCalls,
                pedestrianCalls, status);
    }
}
