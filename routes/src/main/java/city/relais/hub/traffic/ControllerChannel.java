package city.relais.hub.traffic;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.traffic.TrafficControllerClient;
import city.relais.hub.devices.CircuitBreaker;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One traffic controller as the automations share it: its client, one thread that every exchange with it runs on
 * (in order), and its circuit breaker. While the breaker is open nothing is sent and nothing is queued for later:
 * a request that could not go out is reported unsent and never replayed. Three failures in a row raise the
 * controller-down alarm; the first success after it raises the recovery.
 */
final class ControllerChannel implements AutoCloseable {

    /** One exchange with the controller. */
    @FunctionalInterface
    interface Exchange<T> {
        T with(TrafficControllerClient client) throws DeviceException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ControllerChannel.class);

    private final String deviceId;
    private final TrafficControllerClient client;
    private final DeviceAlarms alarms;
    private final HubMetrics metrics;
    private final Clock clock;
    private final CircuitBreaker breaker = new CircuitBreaker();
    private final ExecutorService thread;
    private volatile boolean down;

    /** @param client null when the client could not be made (an alarm is raised at once) */
    ControllerChannel(String deviceId, TrafficControllerClient client, DeviceAlarms alarms, HubMetrics metrics,
                      Clock clock) {
        this.deviceId = deviceId;
        this.client = client;
        this.alarms = alarms;
        this.metrics = metrics;
        this.clock = clock;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "traffic-" + deviceId));
        alarms.watch(deviceId);
    }

    String deviceId() {
        return deviceId;
    }

    boolean up() {
        return !down && client != null;
    }

    /** Runs {@code task} on the controller's thread, after whatever was submitted before it. */
    void submit(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("traffic controller {}: a task failed", deviceId, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("traffic controller {}: closing, task dropped", deviceId);
        }
    }

    /**
     * Opens the connection ahead of the first request (a read of the controller's mode, on its thread), so that an
     * ambulance's request does not wait for it. Not counted against the breaker: a controller that does not answer
     * yet is only logged; requests raise the alarm as usual.
     */
    void connectAhead() {
        if (client == null) {
            return;
        }
        submit(() -> {
            try {
                LOG.info("traffic controller {}: connected ahead of the first request, mode {}", deviceId,
                        client.mode());
            } catch (DeviceException | RuntimeException e) {
                LOG.info("traffic controller {}: not reachable yet ({}); the first request will connect", deviceId,
                        e.getMessage());
            }
        });
    }

    /** Waits until every task submitted before this call has run (tests, orderly shutdown). */
    void flush() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        submit(done::countDown);
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("traffic controller " + deviceId + ": its thread is stuck");
        }
    }

    /**
     * One exchange, on the controller's thread; empty when the breaker holds it back, the controller failed, or
     * it refused (the reason is logged; a refusal does not count against the breaker: the controller answered).
     */
    <T> Optional<T> exchange(String what, Exchange<T> exchange) {
        return exchange(what, true, exchange);
    }

    /** A read (a status poll): as {@link #exchange}, but not counted in {@code relais_device_commands_total}. */
    <T> Optional<T> query(String what, Exchange<T> exchange) {
        return exchange(what, false, exchange);
    }

    private <T> Optional<T> exchange(String what, boolean command, Exchange<T> exchange) {
        Instant now = clock.instant();
        if (client == null || !breaker.allows(now)) {
            LOG.debug("traffic controller {} down: {} not sent", deviceId, what);
            return Optional.empty();
        }
        try {
            T result = exchange.with(client);
            if (command) {
                metrics.deviceCommand(deviceId, "ok");
            }
            if (breaker.success() || down) {
                down = false;
                alarms.raise(new DeviceAlarm(deviceId, DeviceAlarm.State.UP, "answers again", now));
            }
            return Optional.ofNullable(result);
        } catch (DeviceException e) {
            if (command) {
                metrics.deviceCommand(deviceId, "failed");
            }
            if (!e.retryable()) {
                LOG.warn("traffic controller {} refused {}: {}", deviceId, what, e.getMessage());
                return Optional.empty();
            }
            LOG.warn("traffic controller {}: {} failed: {}", deviceId, what, e.getMessage());
            if (breaker.failure(now)) {
                down = true;
                alarms.raise(new DeviceAlarm(deviceId, DeviceAlarm.State.DOWN, e.getMessage(), now));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("traffic controller {}: {} impossible: {}", deviceId, what, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (client != null) {
            client.close();
        }
    }
}
