package city.relais.vision.bench;

import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.Backoff;
import city.relais.vision.source.CameraSource;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.SourceListener;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One benchmark camera: a {@link CameraSource} replaying a clip in real time, looped (a new source at each end, with
 * times carried on), and its own pipeline. Inference threads claim it one at a time ({@link #tryClaim}).
 */
final class ReplayCamera implements AutoCloseable {

    private static final SourceListener QUIET = new SourceListener() {
        @Override
        public void onUp(String cameraId) {
        }

        @Override
        public void onDown(String cameraId, String reason) {
        }
    };

    private final String id;
    private final SourceSettings settings;
    private final DetectionPipeline pipeline;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong detected = new AtomicLong();
    private final AtomicLong droppedBefore = new AtomicLong();
    private volatile CameraSource source;
    private double timeOffset;
    private double lastTime;
    private long index;

    ReplayCamera(String id, SourceSettings settings, ObjectDetector detector, PipelineSettings pipelineSettings) {
        this.id = id;
        this.settings = settings.withRealTime(true);
        this.pipeline = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()), PrivacyMask.none(),
                pipelineSettings);
        this.source = newSource();
    }

    private CameraSource newSource() {
        return new CameraSource(id, settings, Backoff.defaults(), 2, QUIET).start();
    }

    boolean tryClaim() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }

    /** With the claim held: analyses one queued frame; false when none was waiting. */
    boolean step() throws InterruptedException {
        DecodedFrame f = source.poll(Duration.ZERO);
        if (f == null) {
            if (source.awaitFinished(Duration.ZERO) && source.poll(Duration.ZERO) == null) {
                loop();
            }
            return false;
        }
        lastTime = timeOffset + f.time();
        FrameResult r = pipeline.process(index++, lastTime, f.image());
        processed.incrementAndGet();
        if (r.analysed()) {
            detected.incrementAndGet();
        }
        return true;
    }

    private void loop() {
        CameraSource ended = source;
        ended.close();
        droppedBefore.addAndGet(ended.stats().dropped());
        timeOffset = lastTime + 0.04;
        source = newSource();
    }

    /** Frames through the pipeline so far. */
    long processed() {
        return processed.get();
    }

    /** Frames the detector ran on so far. */
    long detected() {
        return detected.get();
    }

    /** Frames dropped so far because the analysis fell behind. */
    long dropped() {
        return droppedBefore.get() + source.stats().dropped();
    }

    @Override
    public void close() {
        source.close();
        while (!tryClaim()) {
            Thread.onSpinWait();
        }
        pipeline.close();
    }
}
