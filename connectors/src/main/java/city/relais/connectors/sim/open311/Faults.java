package city.relais.connectors.sim.open311;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults the simulator injects into its GeoReport endpoints (never into {@code /admin}), settable at runtime. The
 * counters are consumed in this order: fail, then hold, then drop; the latency applies to every answer.
 */
public final class Faults {

    /** What happens to one request. */
    public enum Outcome {
        /** processed and answered */
        ANSWER,
        /** answered 503 without being processed */
        FAIL,
        /** processed (stored), then the answer is held back until released: the client times out */
        HOLD,
        /** processed (stored), then the connection is closed without an answer */
        DROP
    }

    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger holdNext = new AtomicInteger();
    private final AtomicInteger dropNext = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration maxHold;
    private volatile CountDownLatch held = new CountDownLatch(1);

    Faults(Duration maxHold) {
        this.maxHold = maxHold;
    }

    /** Added before every answer; zero for none. */
    public Faults latency(Duration value) {
        latency = value;
        return this;
    }

    /** The next {@code count} requests are answered 503 and not processed. */
    public Faults failNext(int count) {
        failNext.set(count);
        return this;
    }

    /** The next {@code count} requests are processed and their answer held until {@link #releaseHeld()}. */
    public Faults holdNext(int count) {
        holdNext.set(count);
        return this;
    }

    /** The next {@code count} requests are processed and their connection closed without an answer. */
    public Faults dropNext(int count) {
        dropNext.set(count);
        return this;
    }

    /** The longest an answer is held when nobody releases it. */
    public Faults maxHold(Duration value) {
        maxHold = value;
        return this;
    }

    /** Lets every held answer go (late). */
    public synchronized void releaseHeld() {
        held.countDown();
        held = new CountDownLatch(1);
    }

    /** No latency, no pending fault, held answers released. */
    public void clear() {
        latency = Duration.ZERO;
        failNext.set(0);
        holdNext.set(0);
        dropNext.set(0);
        releaseHeld();
    }

    Outcome next() {
        if (take(failNext)) {
            return Outcome.FAIL;
        }
        if (take(holdNext)) {
            return Outcome.HOLD;
        }
        return take(dropNext) ? Outcome.DROP : Outcome.ANSWER;
    }

    void delay() throws InterruptedException {
        Duration pause = latency;
        if (!pause.isZero()) {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        }
    }

    void hold() throws InterruptedException {
        CountDownLatch latch;
        synchronized (this) {
            latch = held;
        }
        latch.await(maxHold.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}
