package city.relais.connectors.sim;

import city.relais.config.device.Lamp;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.load.BuiltinModbusProfiles;
import city.relais.connectors.sim.modbus.ModbusGatewaySimulator;
import city.relais.connectors.sim.opcua.OpcUaLightingSimulator;
import city.relais.connectors.sim.talq.TalqGatewaySimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The three street-lighting simulators for one set of lamps: an OPC UA controller, a Modbus DALI gateway (built-in
 * {@code dali-gateway} profile, lamp n at DALI address n) and a TALQ gateway (address {@code talq://relais-sim/ID}).
 * Each has its own lamps, following the program level until commanded. {@link #main} runs them standalone
 * ({@code relais simulate lights --opcua 4840 --modbus 5502 --talq 8088}); {@link #opcuaDevice} and the like give the
 * city-file device that reaches each.
 */
public final class LightingSimulators implements AutoCloseable {

    public static final String TALQ_ADDRESS_PREFIX = "talq://relais-sim/";
    public static final String MODBUS_PROFILE = "dali-gateway";
    private static final Logger LOG = LoggerFactory.getLogger(LightingSimulators.class);

    /**
     * @param lamps        lamp ids, the same on the three simulators
     * @param programLevel the controllers' own (program) level, percent
     * @param opcuaPort    port of each simulator: 0 = a free one, {@link #OFF} = not started
     * @param pkiDir       the OPC UA simulator's certificate folder
     * @param opcuaUsers   OPC UA user names and passwords (anonymous is accepted too)
     */
    public record Settings(List<String> lamps, double programLevel, int opcuaPort, int modbusPort, int talqPort,
                           String bindAddress, Path pkiDir, Map<String, String> opcuaUsers, Clock clock) {

        public static final int OFF = -1;
        public static final int DEFAULT_OPCUA_PORT = 4840;
        public static final int DEFAULT_MODBUS_PORT = 5502;
        public static final int DEFAULT_TALQ_PORT = 8088;

        public Settings {
            lamps = List.copyOf(lamps);
            opcuaUsers = Map.copyOf(opcuaUsers);
            Objects.requireNonNull(pkiDir, "pkiDir");
        }

        /** Default ports, program level 100, loopback, anonymous OPC UA, the system clock. */
        public static Settings defaults(List<String> lamps, Path pkiDir) {
            return new Settings(lamps, 100, DEFAULT_OPCUA_PORT, DEFAULT_MODBUS_PORT, DEFAULT_TALQ_PORT, "127.0.0.1",
                    pkiDir, Map.of(), Clock.systemUTC());
        }

        public Settings withPorts(int opcua, int modbus, int talq) {
            return new Settings(lamps, programLevel, opcua, modbus, talq, bindAddress, pkiDir, opcuaUsers, clock);
        }

        public Settings withLamps(List<String> ids) {
            return new Settings(ids, programLevel, opcuaPort, modbusPort, talqPort, bindAddress, pkiDir, opcuaUsers,
                    clock);
        }

        public Settings withProgramLevel(double level) {
            return new Settings(lamps, level, opcuaPort, modbusPort, talqPort, bindAddress, pkiDir, opcuaUsers, clock);
        }

        public Settings withBindAddress(String address) {
            return new Settings(lamps, programLevel, opcuaPort, modbusPort, talqPort, address, pkiDir, opcuaUsers,
                    clock);
        }

        public Settings withPkiDir(Path dir) {
            return new Settings(lamps, programLevel, opcuaPort, modbusPort, talqPort, bindAddress, dir, opcuaUsers,
                    clock);
        }

        public Settings withOpcuaUsers(Map<String, String> users) {
            return new Settings(lamps, programLevel, opcuaPort, modbusPort, talqPort, bindAddress, pkiDir, users,
                    clock);
        }
    }

    private final Settings settings;
    private OpcUaLightingSimulator opcua;
    private ModbusGatewaySimulator modbus;
    private TalqGatewaySimulator talq;

    private LightingSimulators(Settings settings) {
        this.settings = settings;
    }

    /** Starts the simulators whose port is not {@link Settings#OFF}; all or none. */
    public static LightingSimulators start(Settings settings) throws Exception {
        LightingSimulators simulators = new LightingSimulators(settings);
        try {
            simulators.startAll();
        } catch (Exception e) {
            simulators.close();
            throw e;
        }
        return simulators;
    }

    private void startAll() throws Exception {
        if (settings.opcuaPort() != Settings.OFF) {
            opcua = new OpcUaLightingSimulator(lamps().values(), OpcUaLightingSimulator.Options
                    .defaults(settings.pkiDir()).withPort(settings.opcuaPort())
                    .withBindAddress(settings.bindAddress()).withUsers(settings.opcuaUsers(), true)).start();
        }
        if (settings.modbusPort() != Settings.OFF) {
            Map<Integer, SimulatedLamp> byAddress = new LinkedHashMap<>();
            lamps().values().forEach(lamp -> byAddress.put(byAddress.size(), lamp));
            modbus = new ModbusGatewaySimulator(byAddress, BuiltinModbusProfiles.get(MODBUS_PROFILE),
                    settings.bindAddress(), settings.modbusPort(), settings.clock()).start();
        }
        if (settings.talqPort() != Settings.OFF) {
            Map<String, SimulatedLamp> byAddress = new LinkedHashMap<>();
            lamps().forEach((id, lamp) -> byAddress.put(TALQ_ADDRESS_PREFIX + id, lamp));
            talq = new TalqGatewaySimulator(byAddress, settings.bindAddress(), settings.talqPort(), settings.clock())
                    .start();
        }
    }

    /** A fresh set of lamps (each simulator has its own). */
    private Map<String, SimulatedLamp> lamps() {
        Map<String, SimulatedLamp> lamps = new LinkedHashMap<>();
        settings.lamps().forEach(id -> lamps.put(id, new SimulatedLamp(id, settings.programLevel(),
                settings.programLevel(), settings.clock())));
        return lamps;
    }

    public Optional<OpcUaLightingSimulator> opcua() {
        return Optional.ofNullable(opcua);
    }

    public Optional<ModbusGatewaySimulator> modbus() {
        return Optional.ofNullable(modbus);
    }

    public Optional<TalqGatewaySimulator> talq() {
        return Optional.ofNullable(talq);
    }

    /** The device (anonymous, no channel security) that reaches the OPC UA simulator. */
    public StreetLights opcuaDevice(String id) {
        OpcUaLightingSimulator sim = opcua().orElseThrow(() -> new IllegalStateException("OPC UA simulator is off"));
        return new StreetLights(id, Protocol.OPCUA, sim.endpointUrl(), null, null, null,
                lampMap(lamp -> new Lamp(OpcUaLightingSimulator.levelNode(lamp), null, 0)));
    }

    /** The device that reaches the Modbus DALI gateway simulator. */
    public StreetLights modbusDevice(String id) {
        ModbusGatewaySimulator sim = modbus().orElseThrow(() -> new IllegalStateException("Modbus simulator is off"));
        List<String> ids = settings.lamps();
        return new StreetLights(id, Protocol.MODBUS, null, sim.address(), null, MODBUS_PROFILE,
                lampMap(lamp -> new Lamp(null, Integer.toString(ids.indexOf(lamp)), 0)));
    }

    /** The device that reaches the TALQ gateway simulator. */
    public StreetLights talqDevice(String id) {
        TalqGatewaySimulator sim = talq().orElseThrow(() -> new IllegalStateException("TALQ simulator is off"));
        return new StreetLights(id, Protocol.TALQ, sim.endpoint(), null, null, null,
                lampMap(lamp -> new Lamp(null, TALQ_ADDRESS_PREFIX + lamp, 0)));
    }

    /** Every lamp of every running simulator as it is now: the content of a report file. */
    public LampReport.Snapshot report() {
        List<LampReport> lamps = new ArrayList<>();
        for (String id : settings.lamps()) {
            opcua().ifPresent(s -> lamps.add(LampReport.of("opcua", id, s.lamp(id))));
            modbus().ifPresent(s -> lamps.add(LampReport.of("modbus", id, s.lamp(id))));
            talq().ifPresent(s -> lamps.add(LampReport.of("talq", id, s.lamp(TALQ_ADDRESS_PREFIX + id))));
        }
        return new LampReport.Snapshot(lamps);
    }

    public ModbusProfile modbusProfile() {
        return BuiltinModbusProfiles.get(MODBUS_PROFILE);
    }

    private Map<String, Lamp> lampMap(Function<String, Lamp> lamp) {
        Map<String, Lamp> lamps = new LinkedHashMap<>();
        settings.lamps().forEach(id -> lamps.put(id, lamp.apply(id)));
        return lamps;
    }

    @Override
    public void close() {
        if (talq != null) {
            talq.close();
        }
        if (modbus != null) {
            modbus.close();
        }
        if (opcua != null) {
            opcua.close();
        }
    }

    /** Runs the simulators until the process is stopped (Ctrl-C); see {@link SimulatorArgs} for the options. */
    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = SimulatorArgs.parse(args, System::getenv).settings();
        } catch (IllegalArgumentException e) {
            LOG.error("{}", e.getMessage());
            return;
        }
        LightingSimulators simulators = start(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            closed.countDown();
        }, "simulators-stop"));
        simulators.opcua().ifPresent(s -> LOG.info("OPC UA:  {} (level nodes ns=2;s=ID.Level)", s.endpointUrl()));
        simulators.modbus().ifPresent(s -> LOG.info("Modbus:  {} (profile {}, lamp n at DALI address n)",
                s.address(), MODBUS_PROFILE));
        simulators.talq().ifPresent(s -> LOG.info("TALQ:    {} (addresses {}ID)", s.endpoint(),
                TALQ_ADDRESS_PREFIX));
        closed.await();
    }
}
