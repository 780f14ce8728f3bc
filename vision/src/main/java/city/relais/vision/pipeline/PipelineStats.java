package city.relais.vision.pipeline;

/**
 * Counters of one pipeline.
 *
 * @param frames   frames processed
 * @param analysed frames the detector ran on
 * @param skipped  frames motion gating skipped
 */
public record PipelineStats(long frames, long analysed, long skipped) {

    /** Fraction of frames the detector was spared (0 without gating). */
    public double savedFraction() {
        return frames == 0 ? 0 : (double) skipped / frames;
    }
}
