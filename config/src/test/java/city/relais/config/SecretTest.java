package city.relais.config;

import city.relais.config.device.Ticketing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static city.relais.config.Cities.VALID;
import static city.relais.config.Cities.printed;
import static city.relais.config.Cities.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SecretTest {

    private static final String SECRET = "Sup3r-Secret-Value-42";

    private static String withTicketing(String apiKey) {
        return VALID.replace("automations:", """
                  - id: tickets
                    kind: ticketing
                    protocol: open311
                    endpoint: https://311.example.org/v2
                    api-key: %s
                    services: {dump.detected: DUMP}
                automations:""".formatted(apiKey));
    }

    private static Ticketing ticketing(CityConfig config) {
        return (Ticketing) config.device("tickets").orElseThrow();
    }

    @Test
    void resolves_env_fallback_when_the_variable_is_unset() throws CityConfigException {
        CityConfig config = Cities.load(withTicketing("${env:RELAIS_OPEN311_KEY:-demo-key}"));

        assertThat(ticketing(config).apiKey().reveal()).isEqualTo("demo-key");
    }

    @Test
    void prefers_the_environment_over_the_fallback() throws CityConfigException {
        CityConfig config = Cities.load(withTicketing("${env:RELAIS_OPEN311_KEY:-demo-key}"),
                Map.of("RELAIS_OPEN311_KEY", SECRET), null);

        assertThat(ticketing(config).apiKey().reveal()).isEqualTo(SECRET);
    }

    @Test
    void reads_a_secret_file_relative_to_the_city_file_and_trims_it(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/open311"), "  " + SECRET + "\n");

        CityConfig config = Cities.load(withTicketing("${file:secrets/open311}"), Map.of(), dir);

        assertThat(ticketing(config).apiKey().reveal()).isEqualTo(SECRET);
    }

    @Test
    void names_the_unset_variable_and_the_unreadable_file(@TempDir Path dir) {
        assertThat(printed(withTicketing("${env:OPEN311_API_KEY}"))).containsExactly(
                "city.yaml:19: devices[1].api-key: environment variable OPEN311_API_KEY is not set");
        assertThat(problems(withTicketing("${file:missing.txt}"), Map.of(), dir)).extracting(ConfigProblem::message)
                .containsExactly("cannot read secret file " + dir.resolve("missing.txt") + ": no such file");
    }

    @Test
    void refuses_a_literal_secret_without_quoting_it() {
        List<String> printed = printed(withTicketing(SECRET));

        assertThat(printed).containsExactly("city.yaml:19: devices[1].api-key: a secret is written ${env:NAME}, "
                + "${env:NAME:-fallback} or ${file:PATH}: its value never goes in the file");
    }

    @Test
    void never_shows_a_secret_in_problems_next_to_bad_values(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("token"), SECRET);
        String yaml = withTicketing("${env:KEY}") + """
                broker: {mode: embedded, user: relais, password: "${file:token}", port: 99999}
                operators:
                  - {id: op-1, role: boss, token: "${env:KEY}", colour: red}
                  - {id: op-2, token: "${env:SHORT:-%s}"}
                """.formatted("x" + SECRET.substring(0, 5));

        CityConfigException e = catchThrowableOfType(CityConfigException.class,
                () -> Cities.load(yaml, Map.of("KEY", SECRET), dir));

        assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
                "city.yaml:28: broker.port: 99999 is above 65535",
                "city.yaml:30: operators[0].role: 'boss' is not one of: operator, technician, admin",
                "city.yaml:30: operators[0].colour: unknown key (expected one of: id, role, token)",
                "city.yaml:31: operators[1].token: a token needs at least 16 characters");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 5));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(SECRET));
    }

    @Test
    void never_shows_a_fallback_in_a_yaml_syntax_error() {
        String yaml = "devices:\n  - {id: x, api-key: ${env:K:-" + SECRET + "}}\n";

        assertThat(printed(yaml)).singleElement().asString()
                .doesNotContain(SECRET)
                .contains("a ${...} value inside {...} or [...] must be quoted");
    }

    @Test
    void masks_secrets_in_toString_of_every_record() throws CityConfigException {
        CityConfig config = Cities.load(withTicketing("${env:KEY}"), Map.of("KEY", SECRET), null);

        assertThat(config.toString()).doesNotContain(SECRET).contains("apiKey=******");
        assertThat(Secret.of(SECRET)).hasToString("******").isEqualTo(Secret.of(SECRET));
    }
}
