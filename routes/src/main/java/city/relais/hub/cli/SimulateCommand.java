package city.relais.hub.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.ReportFile;
import city.relais.connectors.sim.open311.Open311Simulator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais simulate}: device simulators that behave like real controllers, runnable on their own. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run device simulators until stopped.",
        subcommands = {SimulateCommand.Lights.class, SimulateCommand.Open311.class, SimulateCommand.Traffic.class})
final class SimulateCommand implements Runnable {

    /** How often a simulator looks for a change to write to its {@code --report} file. */
    static final java.time.Duration REPORT_EVERY = java.time.Duration.ofMillis(200);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code relais simulate traffic}: a four-approach traffic controller behind Modbus TCP. */
    @Command(name = "traffic", mixinStandardHelpOptions = true,
            description = "A traffic-signal controller (4 approaches, conflict monitor, priority server) on Modbus "
                    + "TCP, profile generic-priority-v1; with --snmp UDP-PORT an SNMPv3 agent too (user and pass phrases from "
                    + "RELAIS_SIM_SNMP_USER, RELAIS_SIM_SNMP_AUTH, RELAIS_SIM_SNMP_PRIV). Options: --port N (5020) "
                    + "--bind ADDR (127.0.0.1) --snmp N --report FILE (requests, signal log and conflict monitor as "
                    + "JSON, rewritten after each change)")
    static final class Traffic implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            city.relais.connectors.sim.traffic.TrafficControllerSimulator.main(args.toArray(String[]::new));
            return 0;
        }
    }

    /** {@code relais simulate open311}: a GeoReport v2 ticketing service with persistence and fault injection. */
    @Command(name = "open311", mixinStandardHelpOptions = true,
            description = "An Open311 GeoReport v2 service (API key from RELAIS_OPEN311_KEY, default demo-key). "
                    + "Options: --port N (8311) --bind ADDR --store FILE.json --jurisdiction ID")
    static final class Open311 implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Open311Simulator.main(args.toArray(String[]::new));
            return 0;
        }
    }

    /** {@code relais simulate lights}: the OPC UA, Modbus (DALI gateway) and TALQ street-light simulators. */
    @Command(name = "lights", mixinStandardHelpOptions = true,
            description = "Street-light controllers: OPC UA server, Modbus DALI gateway, TALQ gateway (-1 = off).")
    static final class Lights implements Callable<Integer> {

        @Option(names = "--opcua", defaultValue = "4840", description = "OPC UA port (default ${DEFAULT-VALUE})")
        int opcua;

        @Option(names = "--modbus", defaultValue = "5502", description = "Modbus TCP port (default ${DEFAULT-VALUE})")
        int modbus;

        @Option(names = "--talq", defaultValue = "8088", description = "TALQ HTTP port (default ${DEFAULT-VALUE})")
        int talq;

        @Option(names = "--lamps", split = ",", defaultValue = "L1,L2,L3,L4", description = "lamp ids")
        List<String> lamps;

        @Option(names = "--pki", defaultValue = "data/simulators/pki", description = "OPC UA server certificates")
        Path pki;

        @Option(names = "--bind", defaultValue = "127.0.0.1",
                description = "address the simulators listen on (default ${DEFAULT-VALUE}; 0.0.0.0 in a container)")
        String bind;

        @Option(names = "--report", description = "write every lamp's level, lease and history to this JSON file, "
                + "rewritten after each change")
        Path report;

        @Override
        public Integer call() throws Exception {
            LightingSimulators.Settings settings = LightingSimulators.Settings.defaults(lamps, pki)
                    .withPorts(opcua, modbus, talq).withBindAddress(bind);
            try (LightingSimulators simulators = LightingSimulators.start(settings);
                 ReportFile reportFile = report == null ? null
                         : ReportFile.start(report, REPORT_EVERY, simulators::report)) {
                DemoSimulators.describe(simulators);
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulators-stop"));
                stopped.await();
            }
            return 0;
        }
    }
}
