package city.relais.hub.cameras;

import city.relais.config.CityConfig;
import city.relais.config.camera.Camera;
import city.relais.event.CityEvent;
import city.relais.models.ModelRegistry;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SignalStates;
import city.relais.vision.source.CameraStateEvents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cameras of the city analysed in the hub's JVM: one {@link CameraWorker} per camera that has skills, each
 * publishing its events (and {@code camera.down}/{@code camera.up}) through the sink. A camera whose source is a
 * built-in scenario ({@code demo:NAME}) plays the scenario's clip, looping unless {@code once}. The cameras start
 * together: each prepares its source (a scenario clip may be generated first), then waits for the others, so that
 * clips recorded together play together.
 */
public final class CameraRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraRuntime.class);

    private final List<CameraWorker> workers = new ArrayList<>();

    private CameraRuntime() {
    }

    /**
     * Starts the city's cameras.
     *
     * @param sources  turns a camera's configured source into something the decoder opens (null: not analysed)
     * @param once     files play once (for {@code relais run --once} and tests); live sources are unaffected
     * @param sink     where events go (the broker publisher); called from the cameras' threads
     */
    public static CameraRuntime start(CityConfig city, CameraSources sources, boolean once, ModelRegistry models,
                                      Function<Camera, Evidence> evidence, SignalStates signals,
                                      Consumer<List<CityEvent>> sink, Clock clock) {
        CameraRuntime runtime = new CameraRuntime();
        long analysed = city.cameras().stream().filter(c -> !c.skills().isEmpty() && sources.analyses(c)).count();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch((int) analysed);
        CameraStateEvents states = new CameraStateEvents(event -> sink.accept(List.of(event)), clock);
        for (Camera camera : city.cameras()) {
            if (camera.skills().isEmpty()) {
                continue;
            }
            if (!sources.analyses(camera)) {
                LOG.info("camera {}: source {} is not analysed in the hub (its events come from the API or recorded "
                        + "events)", camera.id(), camera.source());
                continue;
            }
            runtime.workers.add(new CameraWorker(camera, () -> sources.resolve(camera), ready, once, models,
                    evidence.apply(camera), city.site(), signals, states, sink, clock).start());
        }
        LOG.info("{} camera(s) analysed in the hub", runtime.workers.size());
        return runtime;
    }

    /** No camera analysed in the hub. */
    public static CameraRuntime none() {
        return new CameraRuntime();
    }

    /** Frames analysed per camera, in city order. */
    public Map<String, Long> framesAnalysed() {
        Map<String, Long> frames = new LinkedHashMap<>();
        workers.forEach(w -> frames.put(w.camera(), w.frames()));
        return frames;
    }

    /** Events emitted per camera, in city order. */
    public Map<String, Long> eventsEmitted() {
        Map<String, Long> events = new LinkedHashMap<>();
        workers.forEach(w -> events.put(w.camera(), w.events()));
        return events;
    }

    /** Waits until every non-looping camera has played to its end; false on timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CameraWorker worker : workers) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !worker.awaitDone(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return workers.size();
    }

    @Override
    public void close() {
        for (CameraWorker worker : workers) {
            try {
                worker.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
