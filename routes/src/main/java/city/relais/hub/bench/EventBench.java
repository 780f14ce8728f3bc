package city.relais.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.automation.AutomationDispatcher;
import city.relais.hub.ingest.EventMonitor;
import city.relais.hub.runtime.RelaisHub;

import ch.qos.logback.classic.Level;

import org.slf4j.LoggerFactory;

/**
 * Injects CloudEvents through the hub's persistent broker into an automation route whose actions end in memory:
 * first as fast as the publishers can (throughput), then at a fixed rate (latency from publish to action). The
 * per-event INFO log lines are turned off for the run.
 */
public final class EventBench {

    /** What to run. */
    public record Plan(int throughputEvents, int publishers, int batch, int rate, int rateSeconds) {
    }

    /** What was measured. */
    public record Result(int throughputEvents, double eventsPerSecond, double publishedPerSecond, int rate, int rateEvents, double p50Millis,
                         double p99Millis, double maxMillis, String journal) {
    }

    private static final String AUTOMATION_CAMERA = "bench-cam";
    private long publishedInNanos;
    private static final String ZONE = "street";

    public Result run(Plan plan) throws Exception {
        quietPerEventLogs();
        Path dataDir = Files.createTempDirectory("relais-bench");
        CityConfig city = CityConfigLoader.loadResource("bench/bench-city.yaml");
        city = city.withHub(city.hub().withDataDir(dataDir));
        LatencySink sink = new LatencySink();
        try (RelaisHub hub = new RelaisHub(city, sink).start()) {
            warmUp(hub, sink);
            double throughput = throughput(hub, sink, plan);
            int rateEvents = plan.rate() * plan.rateSeconds();
            atRate(hub, sink, plan.rate(), rateEvents);
            return new Result(plan.throughputEvents(), throughput, plan.throughputEvents() / (publishedInNanos / 1e9),
                    plan.rate(), rateEvents,
                    sink.quantileMillis(0.50), sink.quantileMillis(0.99), sink.quantileMillis(1.0),
                    "persistent NIO journal, embedded broker");
        } finally {
            deleteTree(dataDir);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The hub logs a line per event and per action; at thousands a second the console would be what is measured. */
    private static void quietPerEventLogs() {
        for (Class<?> chatty : List.of(EventMonitor.class, AutomationDispatcher.class)) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(chatty)).setLevel(Level.WARN);
        }
    }

    /** Enough events for the JIT to compile the hot path before anything is measured. */
    private void warmUp(RelaisHub hub, LatencySink sink) throws Exception {
        int events = 10_000;
        sink.expect(events);
        for (int i = 0; i < events; i += 50) {
            publish(hub, sink, 50);
        }
        requireAll(sink, "warm-up");
    }

    private double throughput(RelaisHub hub, LatencySink sink, Plan plan) throws Exception {
        sink.expect(plan.throughputEvents());
        ExecutorService publishers = Executors.newFixedThreadPool(plan.publishers());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        int perPublisher = plan.throughputEvents() / plan.publishers();
        for (int p = 0; p < plan.publishers(); p++) {
            running.add(publishers.submit(() -> {
                for (int sent = 0; sent < perPublisher; sent += plan.batch()) {
                    publish(hub, sink, Math.min(plan.batch(), perPublisher - sent));
                }
                return null;
            }));
        }
        for (Future<?> publisher : running) {
            publisher.get();
        }
        publishedInNanos = System.nanoTime() - start;
        publishers.shutdown();
        requireAll(sink, "throughput");
        return plan.throughputEvents() / ((sink.lastArrivalNanos() - start) / 1e9);
    }

    private void atRate(RelaisHub hub, LatencySink sink, int rate, int events) throws Exception {
        sink.expect(events);
        long period = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            publish(hub, sink, 1);
            next += period;
        }
        requireAll(sink, "fixed rate");
    }

    private static void publish(RelaisHub hub, LatencySink sink, int count) throws Exception {
        List<CityEvent> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(CityEvent.builder(i % 2 == 0 ? EventType.ZONE_OCCUPIED : EventType.ZONE_EMPTY,
                    AUTOMATION_CAMERA).zone(ZONE).objectClass("person").confidence(0.9).build());
        }
        long now = System.nanoTime();
        batch.forEach(e -> sink.published(e.id(), now));
        hub.publish(batch);
    }

    private static void requireAll(LatencySink sink, String phase) throws InterruptedException {
        if (!sink.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the " + phase + " phase did not deliver every event within 5 minutes");
        }
    }
}
