package city.relais.config.load;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.Camera;
import city.relais.config.camera.DetectionSettings;
import city.relais.config.camera.GeoPoint;
import city.relais.config.camera.Line;
import city.relais.config.camera.Polygon;
import city.relais.config.load.Fields.Item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads one item of {@code cameras}: source, rate, position, masks, calibration, zones, lines, skills. */
final class CameraBinder {

    private final BindContext ctx;
    private final GeometryBinder geometry;
    private final SkillBinder skills;
    private final SourceChecker sources;

    CameraBinder(BindContext ctx) {
        this.ctx = ctx;
        this.geometry = new GeometryBinder(ctx);
        this.skills = new SkillBinder(ctx);
        this.sources = new SourceChecker(ctx);
    }

    Camera bind(Item item) {
        Fields f = ctx.fields(item.node(), item.path());
        String id = f.id("id");
        String source = sources.source(f, "source");
        double fps = f.number("analysis-fps", Camera.DEFAULT_FPS, Range.above(0, Camera.MAX_FPS));
        YamlNode locationNode = f.node("location");
        GeoPoint location = locationNode == null ? null : location(ctx.fields(locationNode, f.pathOf("location")));
        List<Polygon> masks = masks(f);
        List<CalibrationPoint> calibration = calibration(f);
        Map<String, Polygon> zones = named(f, "zones", (node, path) -> geometry.polygon(node, path, "a zone"));
        Map<String, Line> lines = named(f, "lines", geometry::line);
        var bound = skills.bind(f.list("skills"), f.pathOf("skills"));
        YamlNode detectionNode = f.node("detection");
        DetectionSettings detection = detectionNode == null ? DetectionSettings.DEFAULTS
                : detection(ctx.fields(detectionNode, f.pathOf("detection")));
        f.finish();
        return ctx.origin(new Camera(id, source, fps, location, masks, calibration, zones, lines, bound, detection),
                item.path());
    }

    private static DetectionSettings detection(Fields f) {
        DetectionSettings d = DetectionSettings.DEFAULTS;
        String model = f.text("model", d.model());
        double minScore = f.number("min-score", d.minScore(), Range.closed(0, 1));
        boolean gating = f.bool("motion-gating", d.motionGating());
        int keyframes = f.integer("keyframe-every", d.keyframeEvery(), Range.closed(1, 100));
        f.finish();
        return new DetectionSettings(model, minScore, gating, keyframes);
    }

    private static GeoPoint location(Fields f) {
        YamlNode lat = f.require("latitude");
        YamlNode lon = f.require("longitude");
        double latitude = lat == null ? 0 : Values.number(lat, f.pathOf("latitude"), f.problems(), 0,
                Range.closed(-90, 90));
        double longitude = lon == null ? 0 : Values.number(lon, f.pathOf("longitude"), f.problems(), 0,
                Range.closed(-180, 180));
        f.finish();
        return new GeoPoint(latitude, longitude);
    }

    private List<Polygon> masks(Fields f) {
        List<Polygon> masks = new ArrayList<>();
        for (Item item : f.list("masks")) {
            Polygon mask = geometry.polygon(item.node(), item.path(), "a mask");
            if (mask != null) {
                masks.add(mask);
            }
        }
        return masks;
    }

    private List<CalibrationPoint> calibration(Fields f) {
        List<Item> items = f.list("calibration");
        List<CalibrationPoint> pairs = new ArrayList<>();
        for (Item item : items) {
            CalibrationPoint pair = geometry.calibrationPoint(item.node(), item.path());
            if (pair != null) {
                pairs.add(pair);
            }
        }
        if (!items.isEmpty() && items.size() < CalibrationPoint.MIN_PAIRS) {
            ctx.problems().add(f.pathOf("calibration"), f.lineOf("calibration"), "a calibration needs at least "
                    + CalibrationPoint.MIN_PAIRS + " image-to-ground pairs (or none), got " + items.size());
        }
        return pairs;
    }

    /** A map of named drawings; names are ids, values read by {@code reader} (null = problem already reported). */
    private <T> Map<String, T> named(Fields f, String key, BiFunction<YamlNode, String, T> reader) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Item entry : f.entries(key)) {
            String violation = Names.idViolation(entry.key());
            if (violation != null) {
                ctx.problems().add(entry.path(), entry.line(), violation);
            }
            T value = reader.apply(entry.node(), entry.path());
            if (value != null) {
                result.put(entry.key(), value);
            } else {
                ctx.unbound(f.pathOf(key), entry.key());
            }
        }
        return result;
    }
}
