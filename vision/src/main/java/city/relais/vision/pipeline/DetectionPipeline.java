package city.relais.vision.pipeline;

import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.track.Track;
import city.relais.vision.track.Tracker;
import java.util.List;
import java.util.Objects;

/**
 * One camera's analysis: privacy masks painted black first, then optional motion gating (MOG2), the detector on
 * frames with motion and on every keyframe, and the tracker. Not thread-safe: run it on the camera's analysis thread,
 * which owns the detector.
 */
public final class DetectionPipeline implements AutoCloseable {

    private final ObjectDetector detector;
    private final Tracker tracker;
    private final PrivacyMask mask;
    private final PipelineSettings settings;
    private final MotionDetector motion;
    private long frames;
    private long analysed;
    private long sinceAnalysed;

    public DetectionPipeline(ObjectDetector detector, Tracker tracker, PrivacyMask mask, PipelineSettings settings) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.mask = Objects.requireNonNull(mask, "mask");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.motion = settings.motionGating() ? new MotionDetector(settings.motionWidth()) : null;
        this.sinceAnalysed = settings.keyframeInterval();
    }

    /** Analyses one frame (the frame is not changed; masks are painted on a copy). */
    public FrameResult process(long frameIndex, double time, ImageFrame frame) {
        ImageFrame masked = mask.apply(frame);
        frames++;
        if (!shouldDetect(masked)) {
            sinceAnalysed++;
            return new FrameResult(frameIndex, time, false, List.of(), tracker.tracks());
        }
        sinceAnalysed = 0;
        analysed++;
        List<Detection> detections = detector.detect(masked);
        List<Track> tracks = tracker.update(detections, time);
        return new FrameResult(frameIndex, time, true, detections, tracks);
    }

    private boolean shouldDetect(ImageFrame frame) {
        if (motion == null) {
            return true;
        }
        double moving = motion.update(frame);
        return moving >= settings.motionFraction() || sinceAnalysed + 1 >= settings.keyframeInterval();
    }

    public PipelineStats stats() {
        return new PipelineStats(frames, analysed, frames - analysed);
    }

    /** Releases the motion detector; the detector belongs to the caller. */
    @Override
    public void close() {
        if (motion != null) {
            motion.close();
        }
    }
}
