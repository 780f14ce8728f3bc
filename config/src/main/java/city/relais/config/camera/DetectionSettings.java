package city.relais.config.camera;

import java.util.Objects;

/**
 * How a camera's frames are analysed: which detector of the model registry, the per-frame minimum score kept for the
 * tracker, and motion gating (the detector runs on frames with motion, plus a keyframe every N analysed frames).
 *
 * @param model          a model registry name, default {@code yolox-nano}
 * @param minScore       detections below are dropped before tracking, 0..1, default 0.1
 * @param motionGating   default true: static scenes cost almost nothing
 * @param keyframeEvery  with gating, the detector also runs every N analysed frames, 1..100, default 5
 */
public record DetectionSettings(String model, double minScore, boolean motionGating, int keyframeEvery) {

    public static final DetectionSettings DEFAULTS = new DetectionSettings("yolox-nano", 0.1, true, 5);

    public DetectionSettings {
        Objects.requireNonNull(model, "model");
    }
}
