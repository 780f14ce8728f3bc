package city.relais.vision.bench;

import city.relais.models.ObjectDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * K inference threads, each owning one detector (bound through a {@link ThreadDetector}), serving many cameras round
 * robin: a thread claims a camera, analyses at most one of its frames, releases it and moves on, so that every camera
 * gets its share and a camera's pipeline is never used by two threads at once.
 */
final class InferencePool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InferencePool.class);
    private static final long IDLE_NANOS = 2_000_000;

    private final List<ReplayCamera> cameras;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger cursor = new AtomicInteger();
    private volatile boolean running = true;

    InferencePool(List<ObjectDetector> detectors, ThreadDetector binder, List<ReplayCamera> cameras) {
        this.cameras = List.copyOf(cameras);
        for (int i = 0; i < detectors.size(); i++) {
            ObjectDetector own = detectors.get(i);
            Thread t = new Thread(() -> work(binder, own), "inference-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void work(ThreadDetector binder, ObjectDetector own) {
        binder.bind(own);
        try {
            while (running) {
                if (!serveOne()) {
                    LockSupport.parkNanos(IDLE_NANOS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("inference thread failed", e);
        } finally {
            binder.close();
        }
    }

    /** Visits each camera once from the shared cursor; true as soon as one frame was analysed. */
    private boolean serveOne() throws InterruptedException {
        int n = cameras.size();
        for (int i = 0; i < n; i++) {
            ReplayCamera camera = cameras.get(Math.floorMod(cursor.getAndIncrement(), n));
            if (!camera.tryClaim()) {
                continue;
            }
            try {
                if (camera.step()) {
                    return true;
                }
            } finally {
                camera.release();
            }
        }
        return false;
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
