package city.relais.config.camera;

import city.relais.config.skill.SkillConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A camera, what is drawn on its image, and the skills that watch the drawings.
 *
 * @param id          {@code [a-z0-9][a-z0-9-]*}
 * @param source      {@code rtsp://}, {@code rtsps://}, {@code http(s)://}, {@code file:} or a path (absolute once
 *                    loaded from a file), or {@code demo:NAME} (a built-in scenario)
 * @param analysisFps frames analysed per second, 0 &lt; x &lt;= 30, default 5
 * @param location    optional position; null when absent
 * @param masks       areas painted black before any analysis (private windows, gardens)
 * @param calibration none, or at least 4 image-to-ground pairs
 * @param zones       named polygons, in file order
 * @param lines       named lines, in file order
 * @param skills      what runs on this camera
 */
public record Camera(String id, String source, double analysisFps, GeoPoint location, List<Polygon> masks,
                     List<CalibrationPoint> calibration, Map<String, Polygon> zones, Map<String, Line> lines,
                     List<SkillConfig> skills, DetectionSettings detection) {

    public static final double DEFAULT_FPS = 5;
    public static final double MAX_FPS = 30;

    public Camera {
        masks = masks == null ? List.of() : List.copyOf(masks);
        calibration = calibration == null ? List.of() : List.copyOf(calibration);
        zones = ordered(zones);
        lines = ordered(lines);
        skills = skills == null ? List.of() : List.copyOf(skills);
        detection = detection == null ? DetectionSettings.DEFAULTS : detection;
    }

    /** A camera with the default detection settings. */
    public Camera(String id, String source, double analysisFps, GeoPoint location, List<Polygon> masks,
                  List<CalibrationPoint> calibration, Map<String, Polygon> zones, Map<String, Line> lines,
                  List<SkillConfig> skills) {
        this(id, source, analysisFps, location, masks, calibration, zones, lines, skills, DetectionSettings.DEFAULTS);
    }

    /** True when metres can be measured on this camera. */
    public boolean calibrated() {
        return calibration.size() >= CalibrationPoint.MIN_PAIRS;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
