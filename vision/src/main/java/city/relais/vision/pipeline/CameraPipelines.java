package city.relais.vision.pipeline;

import city.relais.config.camera.Camera;
import city.relais.config.camera.DetectionSettings;
import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;

/**
 * A camera of the city file made into its detection pipeline: the detector its {@code detection.model} names (so a
 * city swaps the detector by configuration), its privacy masks painted before any analysis, and its motion gating.
 * One detector per pipeline: the pipeline is the only user of its detector's thread.
 */
public final class CameraPipelines {

    private CameraPipelines() {
    }

    public static PipelineSettings settings(DetectionSettings detection) {
        PipelineSettings base = detection.motionGating() ? PipelineSettings.gated() : PipelineSettings.ungated();
        return new PipelineSettings(detection.motionGating(), detection.motionGating() ? detection.keyframeEvery() : 1,
                base.motionFraction(), base.motionWidth());
    }

    /** A camera's pipeline with the detector it owns; closing it closes both. */
    public record CameraPipeline(String camera, DetectionPipeline pipeline, ObjectDetector detector)
            implements AutoCloseable {
        @Override
        public void close() {
            pipeline.close();
            detector.close();
        }
    }

    /** Opens the camera's detector (one intra-op thread) and builds its pipeline; the caller closes it. */
    public static CameraPipeline open(Camera camera, ModelRegistry models) {
        DetectionSettings detection = camera.detection();
        ObjectDetector detector = models.open(detection.model(), 1, detection.minScore());
        return new CameraPipeline(camera.id(), new DetectionPipeline(detector,
                new Tracker(TrackerSettings.defaults()), new PrivacyMask(camera.masks()), settings(detection)),
                detector);
    }
}
