package city.relais.hub.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import city.relais.config.CityConfig;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.config.device.Ticketing;
import city.relais.config.device.TrafficController;
import city.relais.connectors.sim.LightingSimulators;
import city.relais.connectors.sim.open311.Open311Simulator;
import city.relais.connectors.sim.open311.SimService;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device simulators the embedded demo city talks to, started in the hub's process so that {@code relais run}
 * alone shows lamps changing level: an OPC UA street-light controller on the port of the demo's OPC UA device.
 */
final class DemoSimulators {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSimulators.class);

    private DemoSimulators() {
    }

    /** The demo lamps' own night program (percent): the hub raises them on presence and dims them to the floor. */
    static final double DEMO_PROGRAM_LEVEL = 50;

    /**
     * Starts an OPC UA simulator for the city's first OPC UA street-light device on loopback, its lamps on a 50 %
     * night program, or returns null.
     */
    static LightingSimulators startFor(CityConfig city) throws Exception {
        for (var device : city.devices()) {
            if (device instanceof StreetLights lights && lights.protocol() == Protocol.OPCUA
                    && lights.endpoint().startsWith("opc.tcp://127.0.0.1:")) {
                int port = Integer.parseInt(lights.endpoint().replaceFirst("opc\\.tcp://127\\.0\\.0\\.1:(\\d+).*", "$1"));
                List<String> lamps = new ArrayList<>(lights.lamps().keySet());
                Path pki = city.hub().dataDir().resolve("simulators").resolve("pki");
                LightingSimulators simulators = LightingSimulators.start(LightingSimulators.Settings
                        .defaults(lamps, pki).withPorts(port, LightingSimulators.Settings.OFF,
                                LightingSimulators.Settings.OFF).withProgramLevel(DEMO_PROGRAM_LEVEL));
                describe(simulators);
                return simulators;
            }
        }
        return null;
    }

    /** The city's first Modbus traffic controller on loopback: the one the demo simulates. */
    private static java.util.Optional<TrafficController> loopbackController(CityConfig city) {
        return city.devices().stream()
                .filter(d -> d instanceof TrafficController c && c.protocol() == Protocol.MODBUS
                        && c.address().startsWith("127.0.0.1:"))
                .map(TrafficController.class::cast).findFirst();
    }

    /** The id of the traffic controller {@link #startTrafficFor} simulates, or null. */
    static String trafficControllerId(CityConfig city) {
        return loopbackController(city).map(TrafficController::id).orElse(null);
    }

    /**
     * Starts the traffic-controller simulator for the city's first Modbus traffic controller on loopback (the demo's
     * tl-central on 5020), printing its signal changes and requests; or returns null.
     */
    static TrafficControllerSimulator startTrafficFor(CityConfig city) throws Exception {
        TrafficController controller = loopbackController(city).orElse(null);
        if (controller == null) {
            return null;
        }
        int port = Integer.parseInt(controller.address().substring("127.0.0.1:".length()));
        TrafficControllerSimulator simulator = TrafficControllerSimulator.realTime("127.0.0.1", port);
        simulator.controller().onChange(change -> LOG.info("simulator {}: signal {}", controller.id(), change));
        simulator.start();
        LOG.info("simulator traffic controller {}: modbus {} (profile {})", controller.id(), simulator.address(),
                simulator.profile().id());
        return simulator;
    }

    /**
     * Starts the Open311 simulator (the device's key; its tickets kept in {@code <data-dir>/simulators/open311.json}, so
     * that the service and the hub's store agree after a restart) for the city's first ticketing device on
     * {@code http://127.0.0.1:PORT/open311/v2}, or returns null.
     */
    static Open311Simulator startOpen311For(CityConfig city) throws Exception {
        for (var device : city.devices()) {
            if (device instanceof Ticketing ticketing
                    && ticketing.endpoint().matches("http://127\\.0\\.0\\.1:\\d+" + Open311Simulator.BASE_PATH)) {
                int port = Integer.parseInt(ticketing.endpoint().replaceFirst("http://127\\.0\\.0\\.1:(\\d+).*", "$1"));
                java.nio.file.Path store = city.hub().dataDir().resolve("simulators").resolve("open311.json");
                java.nio.file.Files.createDirectories(store.getParent());
                Open311Simulator simulator = new Open311Simulator(SimService.demo(), ticketing.apiKey().reveal(),
                        ticketing.jurisdiction(), store, "127.0.0.1", port, java.time.Clock.systemUTC()).start();
                LOG.info("simulator Open311 ticketing: {} (close a ticket: POST {}/requests/ID/close)",
                        simulator.endpoint(), Open311Simulator.ADMIN_PATH);
                return simulator;
            }
        }
        return null;
    }

    static void describe(LightingSimulators simulators) {
        simulators.opcua().ifPresent(s -> LOG.info("simulator OPC UA street lights: {} (level nodes ns=2;s=ID.Level)",
                s.endpointUrl()));
        simulators.modbus().ifPresent(s -> LOG.info("simulator Modbus DALI gateway: {} (profile {})", s.address(),
                LightingSimulators.MODBUS_PROFILE));
        simulators.talq().ifPresent(s -> LOG.info("simulator TALQ gateway: {} (addresses {}ID)", s.endpoint(),
                LightingSimulators.TALQ_ADDRESS_PREFIX));
    }
}
