package city.relais.config.load;

import city.relais.config.TimeWindow;
import city.relais.config.camera.Direction;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.BinSkill;
import city.relais.config.skill.CountingSkill;
import city.relais.config.skill.CrowdingSkill;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.IntrusionSkill;
import city.relais.config.skill.LoiteringSkill;
import city.relais.config.skill.OnDemandSkill;
import city.relais.config.skill.ParkingOverstaySkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.RedLightSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.config.skill.WrongWaySkill;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One reader per skill: its parameters, their defaults and bounds. The order of keys read is the order listed. */
final class SkillReaders {

    private static final List<String> PEOPLE_AND_VEHICLES = List.of("person", "bicycle", "car", "motorcycle");
    private static final List<String> VEHICLES = List.of("car", "motorcycle", "bus", "truck");
    private static final List<String> PERSON = List.of("person");
    private static final Range INERTIA = Range.closed(1, 100);
    private static final Range AREA_M2 = Range.closed(0.005, 10);

    private SkillReaders() {
    }

    static Map<String, Function<Fields, SkillConfig>> all() {
        Map<String, Function<Fields, SkillConfig>> readers = new LinkedHashMap<>();
        readers.put(PresenceSkill.NAME, SkillReaders::presence);
        readers.put(EmergencyVehicleSkill.NAME, SkillReaders::emergencyVehicle);
        readers.put(OnDemandSkill.NAME, SkillReaders::onDemand);
        readers.put(BinSkill.NAME, SkillReaders::bin);
        readers.put(IllegalDumpSkill.NAME, SkillReaders::illegalDump);
        readers.put(AbandonedObjectSkill.NAME, SkillReaders::abandonedObject);
        readers.put(LoiteringSkill.NAME, SkillReaders::loitering);
        readers.put(IntrusionSkill.NAME, SkillReaders::intrusion);
        readers.put(ParkingOverstaySkill.NAME, SkillReaders::parkingOverstay);
        readers.put(RedLightSkill.NAME, SkillReaders::redLight);
        readers.put(CountingSkill.NAME, SkillReaders::counting);
        readers.put(CrowdingSkill.NAME, SkillReaders::crowding);
        readers.put(WrongWaySkill.NAME, SkillReaders::wrongWay);
        return readers;
    }

    private static SkillConfig presence(Fields f) {
        return new PresenceSkill(f.requiredText("zone"), ClassList.read(f, "classes", PEOPLE_AND_VEHICLES),
                f.duration("empty-after", Duration.ofSeconds(60), Range.closed(seconds(1), hours(1))),
                f.integer("inertia", 3, INERTIA));
    }

    private static SkillConfig emergencyVehicle(Fields f) {
        String zone = f.requiredText("zone");
        String stopLine = f.requiredText("stop-line");
        String signal = f.text("signal");
        String approach = f.text("approach");
        List<String> classes = ClassList.read(f, "classes", List.of("car", "bus", "truck"));
        double minHz = f.number("flash-min-hz", 1, Range.closed(0.5, 10));
        double maxHz = f.number("flash-max-hz", 4, Range.closed(0.5, 10));
        if (maxHz < minHz) {
            f.problems().add(f.pathOf("flash-max-hz"), f.lineOf("flash-max-hz"),
                    Range.number(maxHz) + " is below flash-min-hz " + Range.number(minHz));
        }
        return new EmergencyVehicleSkill(zone, stopLine, signal, approach, classes, minHz, maxHz,
                f.integer("inertia", 3, INERTIA));
    }

    private static SkillConfig onDemand(Fields f) {
        return new OnDemandSkill(f.requiredText("zone"), ClassList.read(f, "classes", PEOPLE_AND_VEHICLES),
                f.duration("min-wait", seconds(3), Range.closed(Duration.ZERO, Duration.ofMinutes(5))),
                f.text("signal"), f.text("approach"), f.integer("inertia", 3, INERTIA));
    }

    private static SkillConfig bin(Fields f) {
        return new BinSkill(f.requiredText("zone"), f.number("ring", 0.05, Range.closed(0, 0.5)),
                f.number("fill-threshold", 0.8, Range.above(0, 1)),
                f.duration("overflow-after", Duration.ofMinutes(10), Range.closed(Duration.ZERO, hours(24))));
    }

    private static SkillConfig illegalDump(Fields f) {
        return new IllegalDumpSkill(f.requiredText("zone"), f.number("min-area-m2", 0.25, Range.above(0, 100)),
                f.duration("static-for", Duration.ofMinutes(5), Range.closed(seconds(10), hours(24))),
                f.number("owner-radius-m", 3, Range.closed(0, 50)));
    }

    private static SkillConfig abandonedObject(Fields f) {
        AbandonedObjectSkill skill = new AbandonedObjectSkill(f.requiredText("zone"),
                ClassList.read(f, "classes", List.of("backpack", "handbag", "suitcase")),
                f.number("owner-distance-m", 3, Range.above(0, 50)),
                f.duration("unattended-for", seconds(30), Range.closed(seconds(2), hours(1))),
                f.number("pre-alert-distance-m", 5, Range.above(0, 50)),
                f.duration("pre-alert-after", seconds(2), Range.closed(Duration.ZERO, hours(1))),
                objectSources(f),
                f.number("min-area-m2", AbandonedObjectSkill.DEFAULT_MIN_AREA_M2, AREA_M2),
                f.number("max-area-m2", AbandonedObjectSkill.DEFAULT_MAX_AREA_M2, AREA_M2));
        if (skill.maxAreaM2() < skill.minAreaM2()) {
            f.problems().add(f.pathOf("max-area-m2"), f.lineOf("max-area-m2"),
                    Range.number(skill.maxAreaM2()) + " is below min-area-m2 " + Range.number(skill.minAreaM2()));
        }
        return skill;
    }

    /** {@code objects: [detected, static]}: each once, at least one; both when absent. */
    private static List<AbandonedObjectSkill.ObjectSource> objectSources(Fields f) {
        YamlNode node = f.node("objects");
        if (node == null) {
            return AbandonedObjectSkill.ALL_SOURCES;
        }
        List<AbandonedObjectSkill.ObjectSource> sources = new java.util.ArrayList<>();
        for (Fields.Item item : Fields.items(node, f.pathOf("objects"), f.problems())) {
            AbandonedObjectSkill.ObjectSource s = Values.choice(item.node(), item.path(), f.problems(),
                    AbandonedObjectSkill.ObjectSource.class);
            if (s != null && sources.contains(s)) {
                f.problems().add(item.path(), item.line(), "'" + s.wireName() + "' is listed twice");
            } else if (s != null) {
                sources.add(s);
            }
        }
        if (sources.isEmpty()) {
            if (node instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
                f.problems().add(f.pathOf("objects"), f.lineOf("objects"), "needs at least one of: "
                        + Values.wireNames(AbandonedObjectSkill.ObjectSource.class));
            }
            return AbandonedObjectSkill.ALL_SOURCES;
        }
        return sources;
    }

    private static SkillConfig loitering(Fields f) {
        return new LoiteringSkill(f.requiredText("zone"), ClassList.read(f, "classes", PERSON),
                f.duration("max-presence", Duration.ofMinutes(5), Range.closed(seconds(10), hours(24))),
                f.integer("inertia", 3, INERTIA));
    }

    private static SkillConfig intrusion(Fields f) {
        return new IntrusionSkill(f.requiredText("zone"), ClassList.read(f, "classes", PERSON),
                TimeWindows.read(f, "schedule", TimeWindow.ALWAYS), f.integer("inertia", 3, INERTIA));
    }

    private static SkillConfig parkingOverstay(Fields f) {
        return new ParkingOverstaySkill(f.requiredText("zone"), ClassList.read(f, "classes", VEHICLES),
                f.duration("max-stationary", Duration.ofMinutes(30), Range.closed(Duration.ofMinutes(1), hours(168))));
    }

    private static SkillConfig redLight(Fields f) {
        return new RedLightSkill(f.requiredText("stop-line"), f.requiredText("signal"), f.requiredText("approach"),
                ClassList.read(f, "classes", VEHICLES));
    }

    private static SkillConfig counting(Fields f) {
        return new CountingSkill(f.requiredText("line"),
                ClassList.read(f, "classes", List.of("person", "bicycle", "car", "motorcycle", "bus", "truck")),
                f.duration("period", Duration.ofMinutes(1), Range.closed(Duration.ZERO, hours(24))));
    }

    private static SkillConfig crowding(Fields f) {
        return new CrowdingSkill(f.requiredText("zone"), ClassList.read(f, "classes", PERSON),
                f.integer("max-count", 20, Range.closed(1, 10_000)),
                f.duration("min-duration", seconds(10), Range.closed(Duration.ZERO, hours(1))));
    }

    private static SkillConfig wrongWay(Fields f) {
        String zone = f.requiredText("zone");
        List<String> classes = ClassList.read(f, "classes", List.of("bicycle", "car", "motorcycle", "bus", "truck"));
        Direction direction = f.choice("direction", null, Direction.class);
        if (direction == Direction.ANY) {
            f.problems().add(f.pathOf("direction"), f.lineOf("direction"),
                    "any cannot be travelled the wrong way: write the lane's direction (up, down, left or right)");
        }
        List<String> forbidden = ClassList.read(f, "forbidden-classes", List.of());
        if (!f.has("direction") && !f.has("forbidden-classes") && f.readable()) {
            f.problems().add(f.path(), f.line(), "needs direction (the lane's way of travel) or forbidden-classes");
        }
        return new WrongWaySkill(zone, classes, direction, forbidden, f.integer("inertia", 3, INERTIA));
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }
}
