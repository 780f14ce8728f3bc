package city.relais.vision.bench;

import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.models.ModelDescriptor;
import city.relais.models.ObjectDetector;
import java.util.List;
import java.util.Objects;

/**
 * An {@link ObjectDetector} that runs on the detector the calling inference thread owns (bound with {@link #bind}),
 * so that per-camera pipelines can share a pool of inference threads without sharing a predictor. Closing it closes
 * nothing: the pool owns the detectors.
 */
final class ThreadDetector implements ObjectDetector {

    private final ThreadLocal<ObjectDetector> owned = new ThreadLocal<>();
    private final ModelDescriptor model;
    private final double minScore;

    ThreadDetector(ObjectDetector prototype) {
        this.model = prototype.model();
        this.minScore = prototype.minScore();
    }

    /** Gives the current thread its own detector. */
    void bind(ObjectDetector detector) {
        owned.set(Objects.requireNonNull(detector, "detector"));
    }

    @Override
    public List<Detection> detect(ImageFrame frame) {
        ObjectDetector d = owned.get();
        if (d == null) {
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " owns no detector");
        }
        return d.detect(frame);
    }

    @Override
    public ModelDescriptor model() {
        return model;
    }

    @Override
    public double minScore() {
        return minScore;
    }

    @Override
    public void close() {
        owned.remove();
    }
}
