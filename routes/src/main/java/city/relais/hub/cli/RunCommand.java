package city.relais.hub.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import city.relais.config.CityConfig;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.hub.cameras.ScenarioClips;
import city.relais.hub.runtime.RelaisHub;
import city.relais.hub.timeline.Timeline;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais run}: starts the hub on a city file, or on the embedded demo city when none is given. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start the hub and print its timeline (event -> decision -> command -> device acknowledgement). "
                + "Without --config: the embedded demo city (four cameras on generated scenario clips), the embedded "
                + "broker and the demo's simulators (OPC UA street lights, traffic controller, Open311) in-process.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "the city YAML file (default: embedded demo city)")
    Path config;

    @Option(names = "--http-port", paramLabel = "N", description = "HTTP port, overrides hub.http.port")
    Integer httpPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder, overrides hub.data-dir")
    Path dataDir;

    @Option(names = "--no-simulators",
            description = "with the embedded demo city: do not start the demo's device simulators in-process")
    boolean noSimulators;

    @Option(names = "--simulators", description = "with --config: start the demo's device simulators in-process for "
            + "the city's loopback devices (first OPC UA street lights, Modbus traffic controller, Open311 service), as "
            + "the embedded demo city does (e.g. config/examples/demo-city-real.yaml)")
    boolean simulatorsForConfig;

    @Option(names = "--once", description = "play every camera's clip once, print a summary table and stop "
            + "(default: clips loop until Ctrl-C)")
    boolean once;

    @Option(names = "--no-timeline", description = "do not print the timeline; the hub logs at INFO instead")
    boolean noTimeline;

    @Option(names = "--verbose", description = "with the timeline: the hub's INFO log too (default: warnings only)")
    boolean verbose;

    @Option(names = "--settle", defaultValue = "4s", paramLabel = "DURATION",
            description = "with --once: how long to wait for the devices after the clips ended (default 4s)")
    String settle;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CityConfig city = CityFiles.load(config, spec.commandLine().getErr());
        if (city == null) {
            return RelaisCommand.INVALID_INPUT;
        }
        if (httpPort != null) {
            if (httpPort < 0 || httpPort > 65_535) {
                spec.commandLine().getErr().println("--http-port must be 0..65535, not " + httpPort);
                return RelaisCommand.INVALID_INPUT;
            }
            city = city.withHub(city.hub().withHttpPort(httpPort));
        }
        if (dataDir != null) {
            city = city.withHub(city.hub().withDataDir(dataDir));
        }
        Duration settleFor;
        try {
            settleFor = Duration.parse("PT" + settle.toUpperCase(java.util.Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            spec.commandLine().getErr().println("--settle must be a duration such as 4s or 1m, not " + settle);
            return RelaisCommand.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        Timeline timeline = noTimeline ? null : new Timeline(city, out);
        if (timeline != null && !verbose) {
            quietLogs();
        }
        boolean startSimulators = config == null ? !noSimulators : simulatorsForConfig;
        LightingSimulators simulators = startSimulators ? DemoSimulators.startFor(city) : null;
        var trafficSimulator = startSimulators ? DemoSimulators.startTrafficFor(city) : null;
        if (trafficSimulator != null && timeline != null) {
            String id = DemoSimulators.trafficControllerId(city);
            trafficSimulator.controller().onChange(change -> timeline.note(change.time(), id, "signal",
                    "phase " + change.phase() + " (" + change.approaches() + ") " + change.indication().name()
                            .toLowerCase(java.util.Locale.ROOT) + ": " + change.reason()));
        }
        AutoCloseable open311 = startSimulators ? DemoSimulators.startOpen311For(city) : null;
        RelaisHub hub = new RelaisHub(city).cameraSources(new ScenarioClips(city.hub().dataDir().resolve("demo-clips"),
                ScenarioClips.sharedFromEnvironment()), once);
        if (timeline != null) {
            hub.timeline(timeline);
            out.printf("Relais hub on http://%s:%d (health /health, operators' alerts /api/alerts), data in %s%n",
                    city.hub().http().host(), city.hub().http().port(), city.hub().dataDir().toAbsolutePath());
            out.println("timeline: clock, camera, step (event, rule, decision, command, ack, priority, call), what, "
                    + "and +ms since the frame the event was found on");
            out.flush();
        }
        try {
            hub.start();
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("relais: the hub did not start: " + e.getMessage());
            closeQuietly(hub, timeline, simulators, trafficSimulator, open311);
            return 1;
        }
        if (timeline != null) {
            out.printf("%d camera(s) analysed in the hub%n", hub.cameras().size());
            out.flush();
        }
        if (once) {
            int status = playOnce(hub, timeline, out, settleFor);
            closeQuietly(hub, timeline, simulators, trafficSimulator, open311);
            return status;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> closeQuietly(hub, simulators, trafficSimulator, open311), "relais-shutdown"));
        hub.awaitStop();
        closeQuietly(hub, timeline, simulators, trafficSimulator, open311);
        return 0;
    }

    /** --once: waits for the clips to end and the devices to settle, then prints the summary. */
    private int playOnce(RelaisHub hub, Timeline timeline, PrintWriter out, Duration settleFor)
            throws InterruptedException {
        if (!hub.cameras().awaitEnd(Duration.ofMinutes(30))) {
            spec.commandLine().getErr().println("relais: the cameras did not end within 30 minutes (a live source?)");
            return 1;
        }
        Thread.sleep(settleFor.toMillis());
        if (timeline == null) {
            return 0;
        }
        timeline.drain(hub.audit());
        out.println();
        out.println("One pass: frames analysed " + hub.cameras().framesAnalysed());
        out.print(timeline.summary().table());
        out.flush();
        return 0;
    }

    /** With the timeline on the console, the hub's own log keeps to warnings and errors. */
    private static void quietLogs() {
        for (String name : List.of("city.relais", "org.apache.camel")) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }

    /** Closes each part in order (the hub first, then what it talks to); null parts are skipped. */
    private static void closeQuietly(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("relais: error while stopping: " + e);
            }
        }
    }
}
