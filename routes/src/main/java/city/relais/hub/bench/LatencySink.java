package city.relais.hub.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import city.relais.hub.automation.ActionSink;
import city.relais.hub.automation.DeviceAction;

/** The bench's in-memory action sink: records, per event, the time from publish to the automation's action. */
final class LatencySink implements ActionSink {

    private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
    private volatile long[] latencies = new long[0];
    private volatile CountDownLatch remaining = new CountDownLatch(0);
    private volatile long lastArrival;
    private int recorded;

    /** Starts a phase expecting {@code events} actions. */
    synchronized void expect(int events) {
        latencies = new long[events];
        recorded = 0;
        remaining = new CountDownLatch(events);
    }

    void published(String eventId, long nanos) {
        publishedAt.put(eventId, nanos);
    }

    @Override
    public boolean accept(DeviceAction action) {
        long now = System.nanoTime();
        Long sent = publishedAt.remove(action.eventId());
        if (sent == null) {
            return false;
        }
        synchronized (this) {
            if (recorded < latencies.length) {
                latencies[recorded++] = now - sent;
            }
        }
        lastArrival = now;
        remaining.countDown();
        return true;
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return remaining.await(timeout, unit);
    }

    long lastArrivalNanos() {
        return lastArrival;
    }

    /** Latency quantile in milliseconds over this phase's actions. */
    synchronized double quantileMillis(double q) {
        long[] sorted = Arrays.copyOf(latencies, recorded);
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
