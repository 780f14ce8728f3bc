package city.relais.hub.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.IntersectionController;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.automation.AutomationDispatcher;
import city.relais.hub.ingest.EventMonitor;
import city.relais.hub.runtime.RelaisHub;

import ch.qos.logback.classic.Level;

import org.slf4j.LoggerFactory;

/**
 * The latency from an {@code emergency.approaching} event published on the hub's broker to the controller
 * simulator's acknowledgement of the priority request it causes (the request written in the controller's table),
 * one vehicle at a time: each request is then cancelled and cleared before the next vehicle comes. The hub runs
 * whole (embedded persistent broker, action journal, automation route, Modbus TCP on loopback).
 */
public final class TrafficBench {

    /** What was measured. */
    public record Result(int requests, double p50Millis, double p99Millis, double maxMillis, double meanMillis,
                         double decisionP50Millis, double decisionP99Millis, int conflictFaults, String path) {
    }

    private record Ack(int requestId, long nanos) {
    }

    private static final String RESOURCE = "bench/traffic-bench-city.yaml";
    private static final int WARM_UP = 100;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    public Result run(int requests) throws Exception {
        quietPerEventLogs();
        Path dataDir = Files.createTempDirectory("relais-traffic-bench");
        BlockingQueue<Ack> acks = new LinkedBlockingQueue<>();
        try (TrafficControllerSimulator simulator = new TrafficControllerSimulator(
                BuiltinTrafficProfiles.get("generic-priority-v1"), SignalTimings.defaults(), Clock.systemUTC(),
                Intersection.EW_PHASE, "127.0.0.1", 0, Duration.ofMillis(100)).start()) {
            IntersectionController signals = simulator.controller();
            signals.onRequest(r -> acks.add(new Ack(r.requestId(), System.nanoTime())));
            CityConfig city = city(dataDir, simulator.address());
            try (RelaisHub hub = new RelaisHub(city).start()) {
                vehicles(hub, signals, acks, WARM_UP);
                long[] nanos = vehicles(hub, signals, acks, requests);
                int faults = SafetyAudit.violations(signals).size();
                String metrics = scrape(city.hub().http().port());
                return new Result(requests, millis(nanos, 0.50), millis(nanos, 0.99), millis(nanos, 1.0),
                        java.util.Arrays.stream(nanos).average().orElse(0) / 1e6, decision(metrics, "0.5"),
                        decision(metrics, "0.99"), faults,
                        "event published on the embedded broker (persistent journal) -> automation route -> "
                                + "emergency-priority -> Modbus TCP write -> simulator's request table");
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    private static long[] vehicles(RelaisHub hub, IntersectionController signals, BlockingQueue<Ack> acks,
                                   int count) throws Exception {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            CityEvent approaching = CityEvent.builder(EventType.EMERGENCY_APPROACHING, "bench-crossing")
                    .zone("approach-north").trackId(i).objectClass("truck").confidence(0.8)
                    .measurement("eta_s", 8).build();
            long published = System.nanoTime();
            hub.publish(List.of(approaching));
            Ack ack = acks.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (ack == null) {
                throw new IllegalStateException("vehicle " + i + ": no request reached the controller within "
                        + PATIENCE.toSeconds() + " s");
            }
            latencies[i] = ack.nanos() - published;
            hub.publish(List.of(CityEvent.builder(EventType.EMERGENCY_CLEARED, "bench-crossing")
                    .zone("approach-north").trackId(i).objectClass("truck").measurement("crossedStopLine", 1)
                    .build()));
            awaitCleared(signals, ack.requestId());
        }
        return latencies;
    }

    private static void awaitCleared(IntersectionController signals, int requestId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (held(signals, requestId)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("request " + requestId + " was not cleared within "
                        + PATIENCE.toSeconds() + " s (history " + signals.history(requestId) + ")");
            }
            LockSupport.parkNanos(50_000);
        }
    }

    private static boolean held(IntersectionController signals, int requestId) {
        for (int slot = 0; slot < BuiltinTrafficProfiles.get("generic-priority-v1").slots().count(); slot++) {
            var request = signals.slot(slot);
            if (request.isPresent() && request.get().requestId() == requestId) {
                return true;
            }
        }
        return !signals.history(requestId).contains(RequestStatus.CANCELLED);
    }

    private static String scrape(int port) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /**
     * The hub's own share: publish to the automation's decision (broker, route, action journal forced to disk), from
     * its {@code relais_automation_latency_seconds} quantiles (a recent window); NaN when absent.
     */
    private static double decision(String metrics, String quantile) {
        return metrics.lines()
                .filter(line -> line.startsWith("relais_automation_latency_seconds{"))
                .filter(line -> line.contains("automation=\"bench-ambulance\""))
                .filter(line -> line.contains("quantile=\"" + quantile + "\""))
                .findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) * 1000)
                .orElse(Double.NaN);
    }

    private static double millis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static CityConfig city(Path dataDir, String controllerAddress) throws Exception {
        String yaml;
        try (InputStream in = TrafficBench.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("127.0.0.1:5020", controllerAddress);
        }
        Path file = dataDir.resolve("traffic-bench-city.yaml");
        Files.writeString(file, yaml);
        CityConfig city = CityConfigLoader.load(file);
        return city.withHub(city.hub().withDataDir(dataDir.resolve("data")).withHttpPort(freePort()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A log line per event, per action and per status would be what is measured. */
    private static void quietPerEventLogs() {
        for (Class<?> chatty : List.of(EventMonitor.class, AutomationDispatcher.class, BrokerTrafficReports.class)) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(chatty)).setLevel(Level.WARN);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
