package city.relais.connectors.sim.traffic;

import city.relais.config.device.TrafficModbusProfile;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.FreePort;
import city.relais.connectors.sim.ReportFile;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A simulated traffic-signal controller ({@link IntersectionController}) behind a real Modbus TCP server on a
 * traffic profile (default {@code generic-priority-v1}). With a {@code tickEvery} the controller runs on its own in
 * real time; without one a test steps it ({@link #controller()}{@code .tick()}) on a {@link ManualClock}. The server
 * can be stopped and started again on the same port (a restart), with or without a power cycle.
 */
public final class TrafficControllerSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficControllerSimulator.class);

    private static final int BIND_ATTEMPTS = 50;
    /** How often the standalone simulator looks for a change to write to its {@code --report} file. */
    public static final Duration REPORT_EVERY = Duration.ofMillis(200);

    private final TrafficModbusProfile profile;
    private final IntersectionController controller;
    private final String bindAddress;
    private final int port;
    private final Duration tickEvery;
    private final Map<Integer, Integer> approachOfRequest = new ConcurrentHashMap<>();
    private ModbusTcpServer server;
    private ScheduledExecutorService ticker;

    /**
     * @param port      TCP port, 0 = a free one (see {@link #port()})
     * @param tickEvery how often the controller advances on its own; null = only when a test ticks it
     */
    public TrafficControllerSimulator(TrafficModbusProfile profile, SignalTimings timings, Clock clock,
                                      int initialPhase, String bindAddress, int port, Duration tickEvery) {
        this.profile = profile;
        this.controller = new IntersectionController(new Intersection(), timings, clock, initialPhase);
        this.bindAddress = bindAddress;
        this.port = FreePort.resolve(port, bindAddress);
        this.tickEvery = tickEvery;
        controller.onRequest(request -> approachOfRequest.put(request.requestId(), request.approach()));
    }

    /** The standalone default: built-in profile, default timings, real time ticking every 100 ms, E/W green. */
    public static TrafficControllerSimulator realTime(String bindAddress, int port) {
        return new TrafficControllerSimulator(BuiltinTrafficProfiles.get("generic-priority-v1"),
                SignalTimings.defaults(), Clock.systemUTC(), Intersection.EW_PHASE, bindAddress, port,
                Duration.ofMillis(100));
    }

    public synchronized TrafficControllerSimulator start() throws ExecutionException, InterruptedException {
        if (server == null) {
            server = bind();
            if (tickEvery != null) {
                ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "traffic-sim-" + port));
                ticker.scheduleAtFixedRate(this::tickQuietly, 0, tickEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
            LOG.info("Traffic controller simulator ({} profile, unit {}) listening on {}:{}", profile.id(),
                    profile.unitId(), bindAddress, port);
        }
        return this;
    }

    /** Binds the server; right after a stop the port may still be held for a moment, so binding is retried. */
    private ModbusTcpServer bind() throws ExecutionException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            NettyTcpServerTransport transport = NettyTcpServerTransport.create(cfg -> {
                cfg.setBindAddress(bindAddress);
                cfg.setPort(port);
            });
            ModbusTcpServer fresh = ModbusTcpServer.create(transport, new ControllerRegisters(profile, controller));
            try {
                fresh.start();
                return fresh;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof java.net.BindException) || attempt >= BIND_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("port {} still held, binding again", port);
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    private void tickQuietly() {
        try {
            controller.tick();
        } catch (RuntimeException e) {
            LOG.error("Traffic controller simulator tick failed", e);
        }
    }

    /** Stops the server (and its ticker); the controller keeps its state until {@link #restart()}. */
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (server != null) {
            try {
                server.stop();
            } catch (ExecutionException e) {
                LOG.warn("Traffic controller simulator did not stop cleanly", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            LOG.info("Traffic controller simulator on port {} stopped", port);
        }
    }

    /** A controller restart: server down, power cycle (requests and calls lost), server up on the same port. */
    public synchronized void restart() throws ExecutionException, InterruptedException {
        stop();
        controller.powerCycle();
        start();
    }

    public IntersectionController controller() {
        return controller;
    }

    public TrafficModbusProfile profile() {
        return profile;
    }

    public int port() {
        return port;
    }

    /** Every request received, the signal log, the conflict monitor and the safety audit, as they are now. */
    public ControllerReport report() {
        return ControllerReport.of(controller, approachOfRequest);
    }

    /** {@code host:port}, as a city file's {@code address}. */
    public String address() {
        return bindAddress + ":" + port;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Standalone: {@code --port 5020 --bind 127.0.0.1 [--snmp 1161] [--report FILE]}; with {@code --report} the
     * {@link #report()} is written to FILE as JSON and rewritten after each change; with {@code --snmp} an SNMPv3 agent too, its
     * user and pass phrases from {@code RELAIS_SIM_SNMP_USER} (default relais-hub), {@code RELAIS_SIM_SNMP_AUTH} and
     * {@code RELAIS_SIM_SNMP_PRIV} (never from the command line). Prints every signal change and request.
     */
    public static void main(String[] args) throws Exception {
        String usage = "usage: simulate traffic [--port 5020] [--bind 127.0.0.1] [--snmp UDP-PORT] [--report FILE]";
        int port = 5020;
        Integer snmpPort = null;
        String bind = "127.0.0.1";
        Path reportFile = null;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value\n" + usage);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--bind" -> bind = args[i + 1];
                case "--snmp" -> snmpPort = Integer.parseInt(args[i + 1]);
                case "--report" -> reportFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage);
            }
        }
        try (TrafficControllerSimulator simulator = realTime(bind, port);
             SnmpControllerAgent agent = snmpPort == null ? null : agent(simulator, bind, snmpPort)) {
            simulator.controller().onChange(change -> LOG.info("signal {}", change));
            simulator.controller().onRequest(request -> LOG.info("request {} on approach {} (class {}, level {}): {}",
                    request.requestId(), request.approach(), request.vehicleClass(), request.level(),
                    request.status().wireName()));
            simulator.start();
            if (agent != null) {
                agent.start();
            }
            ReportFile report = reportFile == null ? null
                    : ReportFile.start(reportFile, REPORT_EVERY, simulator::report);
            if (report != null) {
                LOG.info("report: {} (rewritten within {} ms of each change)", report.file(), REPORT_EVERY.toMillis());
            }
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (report != null) {
                    report.close();
                }
                stopped.countDown();
            }, "traffic-sim-stop"));
            stopped.await();
        }
    }

    private static SnmpControllerAgent agent(TrafficControllerSimulator simulator, String bind, int port) {
        String user = System.getenv().getOrDefault("RELAIS_SIM_SNMP_USER", "relais-hub");
        String auth = System.getenv("RELAIS_SIM_SNMP_AUTH");
        String priv = System.getenv("RELAIS_SIM_SNMP_PRIV");
        if (auth == null || auth.length() < 8 || priv == null || priv.length() < 8) {
            throw new IllegalArgumentException("--snmp needs RELAIS_SIM_SNMP_AUTH and RELAIS_SIM_SNMP_PRIV (at least "
                    + "8 characters each) in the environment");
        }
        return new SnmpControllerAgent(simulator.controller(), user, auth, priv, bind, port);
    }
}
