package city.relais.config;

import city.relais.config.automation.DimWhenEmptyParams;
import city.relais.config.automation.Tier;
import city.relais.config.camera.Direction;
import city.relais.config.device.StreetLights;
import city.relais.config.device.Ticketing;
import city.relais.config.device.TrafficController;
import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.config.skill.PresenceSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CityConfigLoaderTest {

    /** What a deployment of the Suresnes example would export. */
    static final Map<String, String> SURESNES_ENV = Map.of(
            "RELAIS_BROKER_PASSWORD", "broker-password",
            "RELAIS_OPCUA_PASSWORD", "opcua-password",
            "RELAIS_SNMP_AUTH", "snmp-auth-pass",
            "RELAIS_SNMP_PRIV", "snmp-priv-pass",
            "OPEN311_API_KEY", "open311-api-key",
            "RELAIS_TOKEN_AGENT07", "agent07-token-0123456789");

    @Test
    void loads_the_demo_city_from_the_classpath() throws CityConfigException {
        CityConfig city = CityConfigLoader.loadResource("examples/demo-city.yaml");

        assertThat(city.baseDir()).isNull();
        assertThat(city.hub().http()).isEqualTo(new Http("127.0.0.1", 8080));
        assertThat(city.hub().dataDir()).isEqualTo(Path.of("data"));
        assertThat(city.hub().demo()).as("the demo cameras play scenario clips, no recorded events").isNull();
        assertThat(city.broker()).isEqualTo(Broker.embedded());
        assertThat(city.cameras()).extracting(c -> c.id())
                .containsExactly("night-street", "crossing-east", "crossing-north", "bin-corner", "square");
        assertThat(city.cameras()).extracting(c -> c.source()).containsExactly("demo:presence-night-walk",
                "demo:emergency-blue-2hz", "demo:ondemand-car-waits", "demo:bin-pile-day", "demo:dump-boxes-day");
        assertThat(city.camera("crossing-east").orElseThrow().zones()).containsOnlyKeys("approach-east");
        assertThat(city.camera("crossing-east").orElseThrow().lines().get("stop-line-east").direction())
                .isEqualTo(Direction.UP);
        assertThat(city.camera("crossing-north").orElseThrow().zones()).containsOnlyKeys("waiting-north");
        assertThat(city.devices()).extracting(d -> d.id())
                .containsExactly("lights-main", "tl-central", "waste-service");
        assertThat(city.automations()).extracting(a -> a.id()).containsExactly(
                "dim-night-street", "ambulance-east", "night-call-north", "bins-and-dumps", "dumps-square");
        assertThat(city.privacy().evidence()).isEqualTo(EvidenceMode.BLURRED_SNAPSHOT);
        assertThat(city.privacy().snapshotsFor()).containsExactly("bin.overflowing", "dump.detected");
    }

    @Test
    void binds_the_demo_devices_and_automations() throws CityConfigException {
        CityConfig city = CityConfigLoader.loadResource("examples/demo-city.yaml");

        StreetLights lights = (StreetLights) city.device("lights-main").orElseThrow();
        assertThat(lights.endpoint()).isEqualTo("opc.tcp://127.0.0.1:4840/relais-lighting");
        assertThat(lights.lamps()).containsOnlyKeys("L1", "L2", "L3", "L4");
        TrafficController tl = (TrafficController) city.device("tl-central").orElseThrow();
        assertThat(tl.approaches()).containsExactly(Map.entry("N", 1), Map.entry("S", 2), Map.entry("E", 3),
                Map.entry("W", 4));
        Ticketing tickets = (Ticketing) city.device("waste-service").orElseThrow();
        assertThat(tickets.apiKey().reveal()).isEqualTo("demo-key");
        assertThat(tickets.services()).containsEntry("dump.detected", "ILLEGAL_DUMP");
        assertThat(city.automation("bins-and-dumps").orElseThrow().tier()).containsExactly(
                Map.entry("bin.overflowing", Tier.AUTOMATIC));
        assertThat(city.automation("dumps-square").orElseThrow().tier()).containsExactly(
                Map.entry("dump.detected", Tier.OPERATOR_CONFIRMED));
        DimWhenEmptyParams dim = (DimWhenEmptyParams) city.automation("dim-night-street").orElseThrow().params();
        assertThat(dim.floor()).isEqualTo(20);
        assertThat(dim.lease()).isEqualTo(Duration.ofMinutes(1));
        assertThat(dim.hold()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void loads_the_demo_city_from_its_file_resolving_paths_against_its_folder() throws CityConfigException {
        Path file = Path.of("examples/demo-city.yaml");

        CityConfig city = CityConfigLoader.load(file);

        Path folder = file.toAbsolutePath().getParent();
        assertThat(city.baseDir()).isEqualTo(folder);
        assertThat(city.hub().dataDir()).isEqualTo(folder.resolve("data"));
    }

    @Test
    void loads_the_suresnes_pilot_with_its_environment() throws CityConfigException {
        CityConfig city = new CityConfigLoader(SURESNES_ENV::get).read(Path.of("examples/suresnes-pilot.yaml"));

        assertThat(city.site().timezone().getId()).isEqualTo("Europe/Paris");
        assertThat(city.broker().mode()).isEqualTo(BrokerMode.EXTERNAL);
        assertThat(city.broker().password().reveal()).isEqualTo("broker-password");
        assertThat(city.hub().dataDir()).isEqualTo(Path.of("/var/lib/relais"));
        var skill = (EmergencyVehicleSkill) city.camera("rue-pasteur-3").orElseThrow().skills().get(3);
        assertThat(skill.zone()).isEqualTo("approach-north");
        assertThat(skill.line()).isEqualTo("stop-line-north");
        assertThat(city.privacy().evidence()).isEqualTo(EvidenceMode.BLURRED_SNAPSHOT);
        assertThat(city.operator("agent-07").orElseThrow().token().reveal()).isEqualTo("agent07-token-0123456789");
    }

    @Test
    void names_every_missing_variable_of_the_suresnes_pilot() {
        CityConfigException e = catchThrowableOfType(CityConfigException.class,
                () -> new CityConfigLoader(name -> null).read(Path.of("examples/suresnes-pilot.yaml")));

        assertThat(e.problems()).extracting(ConfigProblem::message).containsExactly(
                "environment variable RELAIS_BROKER_PASSWORD is not set",
                "environment variable RELAIS_OPCUA_PASSWORD is not set",
                "environment variable RELAIS_SNMP_AUTH is not set",
                "environment variable RELAIS_SNMP_PRIV is not set",
                "environment variable OPEN311_API_KEY is not set",
                "environment variable RELAIS_TOKEN_AGENT07 is not set");
    }

    @Test
    void reports_a_missing_file_as_one_problem_naming_it(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");

        CityConfigException e = catchThrowableOfType(CityConfigException.class, () -> CityConfigLoader.load(missing));

        assertThat(e.problems()).containsExactly(new ConfigProblem(missing.toString(), 0, "(file)",
                "no such file: " + missing));
        assertThat(e.getMessage()).isEqualTo(missing + ":0: (file): no such file: " + missing);
    }

    @Test
    void reports_a_missing_classpath_resource() {
        CityConfigException e = catchThrowableOfType(CityConfigException.class,
                () -> CityConfigLoader.loadResource("examples/atlantis.yaml"));

        assertThat(e.getMessage()).isEqualTo(
                "examples/atlantis.yaml:0: (file): no such classpath resource: examples/atlantis.yaml");
    }

    @Test
    void shows_the_file_name_as_given(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("city.yaml"), "bogus: 1\n");

        CityConfigException e = catchThrowableOfType(CityConfigException.class,
                () -> CityConfigLoader.load(dir.resolve("city.yaml")));

        assertThat(e.problems()).singleElement().extracting(ConfigProblem::file)
                .isEqualTo(dir.resolve("city.yaml").toString());
    }

    @Test
    void gives_defaults_for_a_file_with_one_camera() throws CityConfigException {
        CityConfig city = Cities.load("""
                cameras:
                  - id: cam
                    source: demo:cam
                    zones: {z: [[0, 0], [1, 0], [1, 1]]}
                    skills: [presence: {zone: z}]
                """);

        assertThat(city.site()).isNull();
        assertThat(city.hub()).isEqualTo(Hub.defaults());
        assertThat(city.hub().errors()).isEqualTo(new ErrorPolicy(3, Duration.ofMillis(200), 2.0));
        assertThat(city.broker()).isEqualTo(Broker.embedded());
        assertThat(city.privacy().retention()).isEqualTo(new Retention(Duration.ofDays(7), Duration.ofDays(30),
                Duration.ofDays(365)));
        assertThat(city.cameras().get(0).analysisFps()).isEqualTo(5);
        assertThat(city.cameras().get(0).skills()).containsExactly(new PresenceSkill("z",
                java.util.List.of("person", "bicycle", "car", "motorcycle"), Duration.ofSeconds(60), 3));
    }

    @Test
    void overrides_port_and_data_dir_for_the_command_line() throws CityConfigException {
        CityConfig city = CityConfigLoader.loadResource("examples/demo-city.yaml");

        CityConfig changed = city.withHub(city.hub().withHttpPort(0).withDataDir(Path.of("/tmp/relais")));

        assertThat(changed.hub().http().port()).isZero();
        assertThat(changed.hub().dataDir()).isEqualTo(Path.of("/tmp/relais"));
        assertThat(changed.cameras()).isEqualTo(city.cameras());
    }

    @Test
    void checks_routes_dir_and_demo_file_against_the_file_folder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("routes"));
        Files.writeString(dir.resolve("events.jsonl"), "{}\n");

        CityConfig city = Cities.load("hub: {routes-dir: routes, demo: {events: events.jsonl, rate: 5}}\n",
                Map.of(), dir);

        assertThat(city.hub().routesDir()).isEqualTo(dir.resolve("routes"));
        assertThat(city.hub().demo()).isEqualTo(new DemoSource(dir.resolve("events.jsonl").toString(), 5, true));
        assertThat(Cities.problems("hub: {routes-dir: nope}\n", Map.of(), dir)).extracting(ConfigProblem::toString)
                .containsExactly("city.yaml:1: hub.routes-dir: no such folder: " + dir.resolve("nope"));
    }
}
