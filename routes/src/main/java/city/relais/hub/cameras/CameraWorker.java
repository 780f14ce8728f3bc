package city.relais.hub.cameras;

import city.relais.config.Site;
import city.relais.config.camera.Camera;
import city.relais.event.CityEvent;
import city.relais.models.ImageFrame;
import city.relais.models.ModelRegistry;
import city.relais.vision.pipeline.CameraPipelines;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SignalStates;
import city.relais.vision.skill.SkillRunner;
import city.relais.vision.source.Backoff;
import city.relais.vision.source.CameraSource;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.SourceListener;
import city.relais.vision.source.SourceSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One camera analysed inside the hub: its source decoded, its pipeline (masks, motion gating, detector, tracker) run
 * on each kept frame, its skills run on the result, and the events handed to the sink (the broker publisher). A file
 * source can loop, so a recorded scenario plays as a camera that never stops. One thread per camera; an error in a
 * frame is logged and the camera goes on.
 */
final class CameraWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraWorker.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration START_TOGETHER_WITHIN = Duration.ofMinutes(5);

    private final Camera camera;
    private final java.util.function.Supplier<String> resolver;
    private final CountDownLatch ready;
    private final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
    private final boolean once;
    private volatile String uri;
    private final ModelRegistry models;
    private final Evidence evidence;
    private final Site site;
    private final SignalStates signals;
    private final SourceListener states;
    private final Consumer<List<CityEvent>> sink;
    private final Clock clock;
    private final Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private volatile boolean stopping;
    private volatile CameraSource source;

    /**
     * @param resolver what to open, asked on the camera's thread (a scenario clip may be generated first)
     * @param ready    counted down once this camera's source is prepared; playing starts when every camera's is
     * @param once     a file plays once; else it loops (a live source never ends on its own)
     */
    CameraWorker(Camera camera, java.util.function.Supplier<String> resolver, CountDownLatch ready, boolean once,
                 ModelRegistry models, Evidence evidence, Site site,
                 SignalStates signals, SourceListener states, Consumer<List<CityEvent>> sink, Clock clock) {
        this.camera = Objects.requireNonNull(camera, "camera");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.ready = Objects.requireNonNull(ready, "ready");
        this.once = once;
        this.models = models;
        this.evidence = evidence;
        this.site = site;
        this.signals = signals;
        this.states = states;
        this.sink = sink;
        this.clock = clock;
        this.thread = new Thread(this::run, "camera-" + camera.id());
        this.thread.setDaemon(true);
    }

    CameraWorker start() {
        thread.start();
        return this;
    }

    String camera() {
        return camera.id();
    }

    long frames() {
        return frames.get();
    }

    long events() {
        return events.get();
    }

    /** Waits until the source ended (never, for a looping or live source, unless closed). */
    boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            uri = resolver.get();
        } catch (RuntimeException e) {
            LOG.error("camera {}: source not available: {}", camera.id(), e.getMessage());
            states.onDown(camera.id(), "source not available: " + e.getMessage());
            markReady();
            done.countDown();
            return;
        }
        boolean loop = !once && !SourceSettings.of(uri).live();
        try (CameraPipeline pipeline = CameraPipelines.open(camera, models)) {
            markReady();
            if (!ready.await(START_TOGETHER_WITHIN.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                LOG.warn("camera {}: other cameras still preparing after {}; starting alone", camera.id(),
                        START_TOGETHER_WITHIN);
            }
            SkillRunner skills = SkillRunner.forCamera(camera, evidence, site);
            LOG.info("camera {}: {} skill(s) on {}", camera.id(), skills.skills().size(), redacted());
            double offset = 0;
            long indexOffset = 0;
            do {
                double[] last = {offset};
                long[] lastIndex = {indexOffset};
                playOnce(pipeline, skills, offset, indexOffset, last, lastIndex);
                offset = last[0] + 1.0 / camera.analysisFps();
                indexOffset = lastIndex[0] + 1;
            } while (loop && !stopping);
        } catch (RuntimeException e) {
            LOG.error("camera {}: analysis stopped: {}", camera.id(), e.toString());
            states.onDown(camera.id(), "analysis stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            markReady();
            done.countDown();
        }
    }

    /** Counts this camera as prepared, once (a camera that failed to prepare does not hold the others back). */
    private void markReady() {
        if (counted.compareAndSet(false, true)) {
            ready.countDown();
        }
    }

    private void playOnce(CameraPipeline pipeline, SkillRunner skills, double offset, long indexOffset, double[] last,
                          long[] lastIndex) throws InterruptedException {
        SourceSettings settings = SourceSettings.of(uri).withAnalysisFps(camera.analysisFps()).withRealTime(true);
        try (CameraSource opened = new CameraSource(camera.id(), settings, Backoff.defaults(), 4, states)
                .waitingForAnalysis()) {
            source = opened;
            opened.start();
            while (!stopping) {
                DecodedFrame frame = opened.poll(POLL);
                if (frame == null) {
                    if (opened.awaitFinished(Duration.ZERO)) {
                        DecodedFrame tail = opened.poll(Duration.ZERO);
                        if (tail == null) {
                            return;
                        }
                        frame = tail;
                    } else {
                        continue;
                    }
                }
                double time = offset + frame.time();
                long index = indexOffset + frame.index();
                analyse(pipeline, skills, index, time, frame.image());
                last[0] = time;
                lastIndex[0] = index;
            }
        }
    }

    private void analyse(CameraPipeline pipeline, SkillRunner skills, long index, double time, ImageFrame image) {
        try {
            // events are stamped with the frame's arrival, so an event's age at a device includes the analysis time
            java.time.Instant seen = clock.instant();
            FrameResult result = pipeline.pipeline().process(index, time, image);
            List<CityEvent> found = skills.observe(result, image, seen, signals);
            frames.incrementAndGet();
            if (!found.isEmpty()) {
                events.addAndGet(found.size());
                sink.accept(found);
            }
        } catch (RuntimeException e) {
            LOG.warn("camera {}: frame {} not analysed: {}", camera.id(), index, e.toString());
        }
    }

    private String redacted() {
        return SourceSettings.of(uri).redactedUri();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        CameraSource current = source;
        if (current != null) {
            current.close();
        }
        thread.join(5_000);
    }
}
