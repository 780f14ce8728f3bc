package city.relais.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test helpers: load YAML text as {@code city.yaml} and get the config or the problems. */
final class Cities {

    /** A small valid city; tests change one thing in it. Line numbers are noted for the lines tests touch. */
    static final String VALID = """
            cameras:
              - id: street
                source: demo:street
                zones:
                  sidewalk: [[0.1, 0.5], [0.9, 0.5], [0.9, 1.0], [0.1, 1.0]]
                skills:
                  - presence: {zone: sidewalk}
            devices:
              - id: lights
                kind: street-lights
                protocol: opcua
                endpoint: opc.tcp://127.0.0.1:4840/lights
                lamps:
                  L1: {node: "ns=2;s=L1"}
            automations:
              - id: dim
                when: {camera: street, zone: sidewalk, events: [zone.occupied, zone.empty]}
                policy: dim-when-empty
                device: lights
                lamps: [L1]
                params: {night: 22:00..06:00, floor: 20}
            """;

    private Cities() {
    }

    static CityConfig load(String yaml) throws CityConfigException {
        return load(yaml, Map.of(), null);
    }

    static CityConfig load(String yaml, Map<String, String> env, Path baseDir) throws CityConfigException {
        return new CityConfigLoader(env::get).parse("city.yaml", yaml, baseDir);
    }

    static List<ConfigProblem> problems(String yaml) {
        return problems(yaml, Map.of(), null);
    }

    static List<ConfigProblem> problems(String yaml, Map<String, String> env, Path baseDir) {
        CityConfigException e = catchThrowableOfType(CityConfigException.class, () -> load(yaml, env, baseDir));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    /** The problems as printed: {@code city.yaml:7: path: message}. */
    static List<String> printed(String yaml) {
        return problems(yaml).stream().map(ConfigProblem::toString).toList();
    }

    /** VALID with one text replaced (the replaced text must be there). */
    static String valid(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }
}
