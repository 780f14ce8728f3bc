package city.relais.vision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Camera;
import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.Direction;
import city.relais.config.camera.GroundPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.AbandonedObjectSkill;
import city.relais.config.skill.BinSkill;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.IllegalDumpSkill;
import city.relais.config.skill.PresenceSkill;
import city.relais.config.skill.SkillConfig;
import city.relais.event.CityEvent;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.CameraPipelines;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SignalState;
import city.relais.vision.skill.SkillRunner;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The real clips as they are (no composite), with the skills configured on plausible zones and short hold times:
 * ordinary pedestrians and traffic give no dump, no overflow, no emergency and no abandoned object.
 */
class RealClipsNoFalseAlarmTest {

    private static final List<String> ALARMS = List.of("dump.detected", "bin.overflowing", "emergency.approaching",
            "object.abandoned");
    /** Abandoned object from detected bags and static objects, 3 m for only 2 s, no pre-alert. */
    private static final AbandonedObjectSkill ABANDONED_2S = new AbandonedObjectSkill("sidewalk",
            List.of("backpack", "handbag", "suitcase"), 3, Duration.ofSeconds(2), 5, Duration.ZERO,
            AbandonedObjectSkill.ALL_SOURCES, 0.02, 1.0);

    private static Polygon quad(double x1, double y1, double x2, double y2) {
        return new Polygon(List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2)));
    }

    private static List<CalibrationPoint> calibration(double widthM, double depthM) {
        return List.of(new CalibrationPoint(new Point(0, 0), new GroundPoint(0, 0)),
                new CalibrationPoint(new Point(1, 0), new GroundPoint(widthM, 0)),
                new CalibrationPoint(new Point(1, 1), new GroundPoint(widthM, depthM)),
                new CalibrationPoint(new Point(0, 1), new GroundPoint(0, depthM)));
    }

    private static List<CityEvent> run(String clip, double fps, List<CalibrationPoint> calibration,
                                       Map<String, Polygon> zones, List<SkillConfig> skills) {
        Map<String, Line> lines = Map.of("stop", new Line(List.of(new Point(0.0, 0.45), new Point(1.0, 0.45)),
                Direction.ANY));
        Camera camera = new Camera("real", Shared.clip(clip).toString(), fps, null, List.of(), calibration, zones,
                lines, skills);
        SkillRunner runner = SkillRunner.forCamera(camera, Evidence.NONE);
        List<CityEvent> events = new ArrayList<>();
        try (CameraPipeline pipeline = CameraPipelines.open(camera, Shared.registry());
             FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(camera.source()).withAnalysisFps(fps))) {
            DecodedFrame f;
            while ((f = decoder.next()) != null) {
                FrameResult r = pipeline.pipeline().process(f.index(), f.time(), f.image());
                events.addAll(runner.observe(r, f.image(), Instant.EPOCH.plusMillis(Math.round(f.time() * 1000)),
                        approach -> SignalState.RED));
            }
        }
        return events;
    }

    private static List<String> alarms(List<CityEvent> events) {
        return events.stream().map(e -> e.type().wireName() + " " + e.explanation())
                .filter(s -> ALARMS.stream().anyMatch(s::startsWith)).toList();
    }

    @Test
    void pedestrians_in_tud_stadtmitte_leave_no_dump_no_overflow_no_emergency_no_abandoned_object() {
        Map<String, Polygon> zones = new LinkedHashMap<>();
        zones.put("sidewalk", quad(0.02, 0.55, 0.98, 0.98));
        zones.put("bin-1", quad(0.80, 0.60, 0.86, 0.72));
        List<CityEvent> events = run(SceneSources.TUD, 5, calibration(12, 9), zones, List.of(
                new PresenceSkill("sidewalk", List.of("person"), Duration.ofSeconds(2), 2),
                new IllegalDumpSkill("sidewalk", 0.25, Duration.ofSeconds(3), 3),
                new BinSkill("bin-1", 0.05, 0.8, Duration.ZERO),
                new EmergencyVehicleSkill("sidewalk", "stop", null, "N", List.of("car", "truck", "bus"), 1, 4, 3),
                ABANDONED_2S));
        assertThat(alarms(events)).isEmpty();
        // the skills did run: the people on the sidewalk were seen
        assertThat(events).extracting(e -> e.type().wireName()).contains("zone.occupied");
    }

    @Test
    void highway_traffic_gives_no_emergency_no_dump() {
        Map<String, Polygon> zones = new LinkedHashMap<>();
        zones.put("approach", new Polygon(List.of(new Point(0.55, 0.3), new Point(0.95, 0.3), new Point(0.97, 1.0),
                new Point(0.0, 1.0), new Point(0.0, 0.85))));
        zones.put("hard-shoulder", quad(0.88, 0.4, 0.99, 0.99));
        zones.put("bin-1", quad(0.90, 0.55, 0.95, 0.65));
        List<CityEvent> events = run(SceneSources.HIGHWAY, 10, calibration(11, 60), zones, List.of(
                new EmergencyVehicleSkill("approach", "stop", null, "N", List.of("car", "truck", "bus"), 1, 4, 3),
                new IllegalDumpSkill("hard-shoulder", 0.25, Duration.ofSeconds(10), 3),
                new BinSkill("bin-1", 0.05, 0.8, Duration.ofSeconds(2))));
        assertThat(alarms(events)).isEmpty();
    }

    @Test
    void cars_driving_through_the_parking_lane_give_no_dump_no_overflow_no_emergency_no_abandoned_object() {
        Map<String, Polygon> zones = new LinkedHashMap<>();
        zones.put("lane", quad(0.05, 0.15, 0.95, 0.95));
        zones.put("bin-1", quad(0.55, 0.44, 0.61, 0.61));
        List<CityEvent> events = run(SceneSources.PARKING, 5, calibration(16, 9), zones, List.of(
                new IllegalDumpSkill("lane", 0.25, Duration.ofSeconds(10), 3),
                new BinSkill("bin-1", 0.05, 0.8, Duration.ofSeconds(2)),
                new EmergencyVehicleSkill("lane", "stop", null, "N", List.of("car", "truck", "bus"), 1, 4, 3),
                new AbandonedObjectSkill("lane", List.of("backpack", "handbag", "suitcase"), 3, Duration.ofSeconds(2),
                        5, Duration.ZERO, AbandonedObjectSkill.ALL_SOURCES, 0.02, 1.0)));
        assertThat(alarms(events)).isEmpty();
    }
}
