package city.relais.hub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.config.CityConfig;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.hub.runtime.RelaisHub;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais run}: starts the hub on a city file, or on the embedded demo city when none is given. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start the hub. Without --config: the embedded demo city, embedded broker, demo event source and "
                + "the demo's street-light simulator (OPC UA) in-process.")
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
        LightingSimulators simulators = config == null && !noSimulators ? DemoSimulators.startFor(city) : null;
        AutoCloseable trafficSimulator = config == null && !noSimulators ? DemoSimulators.startTrafficFor(city) : null;
        AutoCloseable open311 = config == null && !noSimulators ? DemoSimulators.startOpen311For(city) : null;
        RelaisHub hub = new RelaisHub(city);
        try {
            hub.start();
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("relais: the hub did not start: " + e.getMessage());
            hub.close();
            closeQuietly(simulators);
            closeQuietly(trafficSimulator);
            closeQuietly(open311);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(hub);
            closeQuietly(simulators);
            closeQuietly(trafficSimulator);
            closeQuietly(open311);
        }, "relais-shutdown"));
        hub.awaitStop();
        hub.close();
        closeQuietly(simulators);
        closeQuietly(trafficSimulator);
        closeQuietly(open311);
        return 0;
    }

    private static void closeQuietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("relais: error while stopping: " + e);
        }
    }
}
