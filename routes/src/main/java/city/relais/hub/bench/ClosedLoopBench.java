package city.relais.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import city.relais.hub.automation.AutomationDispatcher;
import city.relais.hub.ingest.EventMonitor;
import city.relais.hub.lighting.LampGroupDriver;
import city.relais.hub.traffic.BrokerTrafficReports;

import ch.qos.logback.classic.Level;

import org.slf4j.LoggerFactory;

/**
 * {@code relais bench closed-loop}: the two closed loops of the demo city timed end to end in one hub each. First,
 * camera frames with an ambulance's flashing light to the traffic controller's acknowledgement of the priority request
 * ({@link EmergencyLoopBench}); then presence events to the lamp write on the OPC UA street-light simulator
 * ({@link LampWriteBench}). The machine's load average is read before and after: other work on the machine shows in
 * the figures.
 */
public final class ClosedLoopBench {

    /** What to run: camera playlists (each positive played {@code plays} times in all) and lamp groups and cycles. */
    public record Plan(Path shared, int cameras, int plays, int lampGroups, int lampCycles) {

        public Plan {
            if (cameras < 1 || plays < 1 || lampGroups < 1 || lampCycles < 1) {
                throw new IllegalArgumentException("--cameras, --runs, --lamp-groups and --lamp-cycles must be >= 1");
            }
            if (lampCycles + LampWriteBench.WARM_UP_CYCLES > LampWriteBench.MAX_CYCLES) {
                throw new IllegalArgumentException("--lamp-cycles at most "
                        + (LampWriteBench.MAX_CYCLES - LampWriteBench.WARM_UP_CYCLES)
                        + " (the automation's max-changes-per-hour of 120 per lamp group)");
            }
        }
    }

    /** What was measured, with the load average (1 min) before and after and the processors the JVM sees. */
    public record Result(EmergencyLoopBench.Result emergency, LampWriteBench.Result lamps, String loadBefore,
                         String loadAfter, int processors) {
    }

    public Result run(Plan plan) throws Exception {
        quietPerEventLogs();
        String before = loadAverage();
        Path work = Files.createTempDirectory("relais-closed-loop-bench");
        try {
            EmergencyLoopBench.Result emergency = new EmergencyLoopBench().run(plan.shared(), plan.cameras(),
                    plan.plays(), work);
            LampWriteBench.Result lamps = new LampWriteBench().run(plan.lampGroups(), plan.lampCycles(), work);
            return new Result(emergency, lamps, before, loadAverage(), Runtime.getRuntime().availableProcessors());
        } finally {
            deleteTree(work);
        }
    }

    /** {@code /proc/loadavg}'s first three fields, or {@code unknown}. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A log line per event, per action and per report would be what is measured. */
    private static void quietPerEventLogs() {
        for (Class<?> chatty : List.of(EventMonitor.class, AutomationDispatcher.class, BrokerTrafficReports.class,
                LampGroupDriver.class)) {
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
