package city.relais.vision.pipeline;

/**
 * Per-camera pipeline parameters.
 *
 * @param motionGating     run the detector only on frames with motion (plus keyframes); off: on every frame
 * @param keyframeInterval with gating, the detector also runs on every n-th frame whatever the motion (n >= 1)
 * @param motionFraction   fraction of the (downscaled) frame that must be in motion to run the detector
 * @param motionWidth      width in pixels the motion detector works at
 */
public record PipelineSettings(boolean motionGating, int keyframeInterval, double motionFraction, int motionWidth) {

    public PipelineSettings {
        if (keyframeInterval < 1) {
            throw new IllegalArgumentException("keyframeInterval must be >= 1, got " + keyframeInterval);
        }
        if (!(motionFraction >= 0 && motionFraction <= 1)) {
            throw new IllegalArgumentException("motionFraction must be within 0..1, got " + motionFraction);
        }
        if (motionWidth < 16) {
            throw new IllegalArgumentException("motionWidth must be >= 16, got " + motionWidth);
        }
    }

    /** Gating on: keyframe every 5 frames, 0.2 % of the frame in motion, motion at 160 px wide. */
    public static PipelineSettings gated() {
        return new PipelineSettings(true, 5, 0.002, 160);
    }

    /** The detector on every frame. */
    public static PipelineSettings ungated() {
        return new PipelineSettings(false, 1, 0.002, 160);
    }

    public PipelineSettings withKeyframeInterval(int n) {
        return new PipelineSettings(motionGating, n, motionFraction, motionWidth);
    }
}
