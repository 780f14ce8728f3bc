package city.relais.hub.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import city.relais.hub.bench.ClosedLoopBench;
import city.relais.hub.bench.EventBench;
import city.relais.hub.bench.LatencySummary;
import city.relais.vision.bench.CamerasBench;
import city.relais.vision.bench.DetectionBench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais bench}: the benchmarks, each printing JSON then a short table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks, each printing JSON then a table.",
        subcommands = {BenchCommand.Events.class, BenchCommand.Detection.class, BenchCommand.Cameras.class,
                BenchCommand.Traffic.class, BenchCommand.ClosedLoop.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code relais bench traffic}: emergency event on the broker to the controller's acknowledgement. */
    @Command(name = "traffic", mixinStandardHelpOptions = true,
            description = "emergency.approaching published on the broker -> priority request acknowledged by the "
                    + "traffic controller simulator over Modbus TCP: p50/p99 over N vehicles, one at a time.")
    static final class Traffic implements Callable<Integer> {

        @Option(names = "--requests", defaultValue = "1000", description = "vehicles (requests) measured")
        int requests;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (requests < 1) {
                spec.commandLine().getErr().println("--requests must be >= 1");
                return RelaisCommand.INVALID_INPUT;
            }
            city.relais.hub.traffic.TrafficBench.Result r = new city.relais.hub.traffic.TrafficBench().run(requests);
            var out = spec.commandLine().getOut();
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            out.println();
            out.printf("| %-44s | %8s | %-40s |%n", "path", "requests", "result");
            out.printf("|%s|%s|%s|%n", "-".repeat(46), "-".repeat(10), "-".repeat(42));
            out.printf("| %-44s | %8d | %-40s |%n", "emergency event -> controller acknowledgement", r.requests(),
                    "p50 %.2f ms, p99 %.2f ms, max %.1f ms".formatted(r.p50Millis(), r.p99Millis(), r.maxMillis()));
            out.printf("| %-44s | %8s | %-40s |%n", "  of which event -> automation decision", "",
                    "p50 %.2f ms, p99 %.2f ms (hub timer)".formatted(r.decisionP50Millis(), r.decisionP99Millis()));
            return 0;
        }
    }

    /** {@code relais bench closed-loop}: camera frames to the controller's acknowledgement, events to lamp writes. */
    @Command(name = "closed-loop", mixinStandardHelpOptions = true,
            description = "Frames of the emergency scenarios (analysed in the hub, real time) -> emergency.approaching "
                    + "-> priority request acknowledged by the traffic-controller simulator; then zone.occupied/"
                    + "zone.empty -> lamp write on the OPC UA simulator. p50/p99/max of each leg.")
    static final class ClosedLoop implements Callable<Integer> {

        @Option(names = "--runs", defaultValue = "16",
                description = "times each emergency positive is played in all (rounded up to a multiple of --cameras)")
        int runs;

        @Option(names = "--cameras", defaultValue = "2", description = "cameras analysed at once, each on a playlist")
        int cameras;

        @Option(names = "--lamp-groups", defaultValue = "10",
                description = "lamp groups (automations) for the lamp leg")
        int lampGroups;

        @Option(names = "--lamp-cycles", defaultValue = "50",
                description = "occupied/empty cycles per lamp group (at most 53: anti-cycling allows 120 changes/h)")
        int lampCycles;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ClosedLoopBench.Plan plan;
            try {
                plan = new ClosedLoopBench.Plan(city.relais.vision.tool.ScenarioTool.sharedFolder(), cameras, runs,
                        lampGroups, lampCycles);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return RelaisCommand.INVALID_INPUT;
            }
            ClosedLoopBench.Result r = new ClosedLoopBench().run(plan);
            var out = spec.commandLine().getOut();
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            out.println();
            var e = r.emergency();
            out.printf("| %-58s | %7s | %-44s |%n", "path", "samples", "result");
            out.printf("|%s|%s|%s|%n", "-".repeat(60), "-".repeat(9), "-".repeat(46));
            row(out, "frame -> emergency.approaching -> controller ack", e.frameToAck());
            row(out, "  of which frame -> event on the broker (analysis)", e.frameToEvent());
            row(out, "  of which event -> controller ack (routing + Modbus)", e.eventToAck());
            LatencySummary d = e.detectionFromFirstFlash();
            out.printf("| %-58s | %7d | %-44s |%n", "first flashing frame -> event (clip time, the skill)", d.count(),
                    d.count() == 0 ? "no sample" : String.format(java.util.Locale.ROOT, "p50 %.2f s, p99 %.2f s, "
                            + "max %.2f s", d.p50Millis() / 1000, d.p99Millis() / 1000, d.maxMillis() / 1000));
            row(out, "zone.occupied / zone.empty -> lamp write (OPC UA)", r.lamps().all());
            out.println();
            out.printf(java.util.Locale.ROOT, "%d cameras, each positive played %d times (%s) after one to warm up "
                            + "(%d event(s) not counted); frames analysed %d of %d played; flashes found %d, "
                            + "missed %d, other approaching events %d; statuses %s; conflict faults %d; "
                            + "load average %s before, %s after, %d processors%n",
                    e.cameras(), e.playsPerScenario(), String.join(", ", e.scenarios()), e.warmUpEvents(),
                    e.framesAnalysed(), e.framesPlayed(), e.flashesFound(), e.flashesMissed(), e.otherApproaching(),
                    e.statuses(), e.conflictFaults(), r.loadBefore(), r.loadAfter(), r.processors());
            return 0;
        }

        private static void row(java.io.PrintWriter out, String path, LatencySummary s) {
            out.printf("| %-58s | %7d | %-44s |%n", path, s.count(), s.brief());
        }
    }

    /** Raw ONNX Runtime inference against the full detection pipeline on the same frames. */
    @Command(name = "detection", mixinStandardHelpOptions = true,
            description = "Raw ONNX Runtime vs the detection pipeline on a shared clip: frames/s and ratio. "
                    + "Options: --clip P --model NAME --frames N --rounds N")
    static final class Detection implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            DetectionBench.main(args.toArray(String[]::new));
            return 0;
        }
    }

    /** The largest number of cameras analysed at once at the required rate. */
    @Command(name = "cameras", mixinStandardHelpOptions = true,
            description = "N cameras replaying a clip in real time: the largest N keeping every camera at the "
                    + "minimum analysed fps, gating on and off, with heap and RSS. Options: --clip P --fps F "
                    + "--min-fps F --threads K --max N --seconds S --warmup S")
    static final class Cameras implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            CamerasBench.main(args.toArray(String[]::new));
            return 0;
        }
    }

    /** {@code relais bench events}: events through the persistent broker into an automation route. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "CloudEvents through the embedded broker (persistent journal) into an automation route ending "
                    + "in memory: events/s, then p50/p99 latency at a fixed rate.")
    static final class Events implements Callable<Integer> {

        @Option(names = "--events", defaultValue = "100000", description = "events for the throughput phase")
        int events;

        @Option(names = "--publishers", defaultValue = "2", description = "publishing threads")
        int publishers;

        @Option(names = "--batch", defaultValue = "50", description = "events per broker transaction when publishing")
        int batch;

        @Option(names = "--rate", defaultValue = "1000", description = "events/s of the latency phase")
        int rate;

        @Option(names = "--seconds", defaultValue = "15", description = "duration of the latency phase")
        int seconds;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (events < publishers || publishers < 1 || batch < 1 || rate < 1 || seconds < 1) {
                spec.commandLine().getErr().println("--events >= --publishers >= 1, --batch, --rate, --seconds >= 1");
                return RelaisCommand.INVALID_INPUT;
            }
            EventBench.Result r = new EventBench().run(new EventBench.Plan(events, publishers, batch, rate, seconds));
            var out = spec.commandLine().getOut();
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            out.println();
            String throughputPhase = "throughput (%d publishers, batch %d)".formatted(publishers, batch);
            String latencyPhase = "latency at %d events/s".formatted(r.rate());
            out.printf("| %-36s | %7s | %-44s |%n", "phase", "events", "result");
            out.printf("|%s|%s|%s|%n", "-".repeat(38), "-".repeat(9), "-".repeat(46));
            out.printf("| %-36s | %7d | %-44s |%n", throughputPhase, r.throughputEvents(),
                    "%,.0f events/s (published %,.0f/s)".formatted(r.eventsPerSecond(), r.publishedPerSecond()));
            out.printf("| %-36s | %7d | %-44s |%n", latencyPhase, r.rateEvents(),
                    "p50 %.2f ms, p99 %.2f ms, max %.1f ms".formatted(r.p50Millis(), r.p99Millis(), r.maxMillis()));
            return 0;
        }
    }
}
