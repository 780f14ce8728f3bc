package city.relais.vision.source;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's decode thread: opens the source, decodes at the analysis rate into a bounded drop-oldest queue, and
 * reports up/down to a {@link SourceListener}. Live sources reconnect with exponential backoff; a file source ends
 * (or reports down once, with the reason, when it cannot be read). No failure escapes the thread.
 */
public final class CameraSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraSource.class);

    private final String cameraId;
    private final SourceSettings settings;
    private final Backoff backoff;
    private final SourceListener listener;
    private final DropOldestQueue<DecodedFrame> queue;
    private final int capacity;
    private volatile boolean waitForAnalysis;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread thread;

    public CameraSource(String cameraId, SourceSettings settings, Backoff backoff, int queueCapacity,
                        SourceListener listener) {
        this.cameraId = Objects.requireNonNull(cameraId, "cameraId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.queue = new DropOldestQueue<>(queueCapacity);
        this.capacity = queueCapacity;
        this.thread = new Thread(this::run, "decode-" + cameraId);
        this.thread.setDaemon(true);
    }

    /** Starts the decode thread. */
    public CameraSource start() {
        thread.start();
        return this;
    }

    /** The next frame, waiting up to {@code timeout}; null when none came (or the source ended). */
    public DecodedFrame poll(Duration timeout) throws InterruptedException {
        return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** True once the decode thread has ended (file finished or unreadable, or closed). */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public SourceStats stats() {
        return new SourceStats(delivered.get(), queue.dropped(), failures.get());
    }

    private void run() {
        boolean up = false;
        int attempt = 0;
        try {
            while (stop.getCount() > 0) {
                String reason;
                try (FrameDecoder decoder = FrameDecoder.open(settings)) {
                    attempt = 0;
                    up = true;
                    listener.onUp(cameraId);
                    if (!pump(decoder) && !settings.live()) {
                        listener.onEnd(cameraId);
                        return;
                    }
                    reason = "stream " + settings.redactedUri() + " ended";
                } catch (SourceException | IllegalArgumentException e) {
                    reason = e.getMessage();
                }
                if (stop.getCount() == 0) {
                    return;
                }
                failures.incrementAndGet();
                if (up || attempt == 0) {
                    LOG.warn("camera {} is down: {}", cameraId, reason);
                    listener.onDown(cameraId, reason);
                    up = false;
                }
                if (!settings.live()) {
                    return;
                }
                attempt++;
                Duration delay = backoff.delay(attempt);
                listener.onRetry(cameraId, attempt, delay.toMillis());
                if (stop.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("camera {}: decode thread failed", cameraId, e);
            listener.onDown(cameraId, "decode thread failed: " + e);
        } finally {
            finished.countDown();
        }
    }

    /**
     * Decodes until the end of the input or a stop; returns true when stopped.
     *
     * @throws SourceException when decoding breaks off
     */
    private boolean pump(FrameDecoder decoder) throws InterruptedException {
        long startNanos = System.nanoTime();
        for (DecodedFrame f = decoder.next(); f != null; f = decoder.next()) {
            if (settings.realTime() && !settings.live()) {
                long dueMillis = (long) (f.time() * 1000) - (System.nanoTime() - startNanos) / 1_000_000;
                if (dueMillis > 0 && stop.await(dueMillis, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            while (waitForAnalysis && !settings.live() && queue.size() >= capacity) {
                if (stop.await(5, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            if (stop.getCount() == 0) {
                return true;
            }
            queue.offer(f);
            delivered.incrementAndGet();
        }
        return stop.getCount() == 0;
    }

    /**
     * A recorded file (not a live source) then loses no frame: when the analysis lags, decoding waits for room in the
     * queue instead of dropping the oldest frame, and the clip plays later than its presentation times. For a
     * scenario clip standing in for a camera; a live source always drops the oldest. Call before {@link #start()}.
     */
    public CameraSource waitingForAnalysis() {
        this.waitForAnalysis = true;
        return this;
    }

    /** Stops the decode thread and waits for it (up to the read timeout plus a second). */
    @Override
    public void close() {
        stop.countDown();
        thread.interrupt();
        try {
            thread.join(settings.readTimeout().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
