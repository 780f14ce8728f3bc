package city.relais.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import city.relais.hub.TestCity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int relais(String... args) {
        return new CommandLine(new RelaisCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void validate_accepts_a_valid_city_with_exit_0() throws Exception {
        Path city = TestCity.write(folder, 8080, folder.resolve("data"), null);
        assertThat(relais("validate", city.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("valid").contains("2 automation(s)");
    }

    @Test
    void validate_prints_three_mistakes_with_key_path_and_line_and_exits_2() throws Exception {
        Path city = TestCity.write(folder, 8080, folder.resolve("data"), null);
        String yaml = Files.readString(city)
                .replace("  mode: embedded", "  mode: embedded\n  bogus-key: 1")             // unknown key
                .replace("zone: sidewalk, events: [zone.occupied]}", "zone: nowhere, events: [zone.occupied]}")
                .replace("port: 8080", "port: 70000");                                        // out of range
        Files.writeString(city, yaml);

        assertThat(relais("validate", city.toString())).isEqualTo(2);
        String[] lines = err.toString().lines().filter(l -> l.matches(".*city\\.yaml:\\d+: .*")).toArray(String[]::new);
        assertThat(lines).hasSize(3);
        assertThat(err.toString())
                .containsPattern("city\\.yaml:2: hub\\.http\\.port: .*70000")
                .containsPattern("city\\.yaml:7: broker\\.bogus-key: unknown key")
                .containsPattern("city\\.yaml:\\d+: automations\\[1]\\.when\\.zone: .*nowhere");
    }

    @Test
    void run_refuses_a_port_in_use_with_a_clear_message() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path city = TestCity.write(folder, taken.getLocalPort(), folder.resolve("data"), null);
            assertThat(relais("run", "--config", city.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--http-port");
        }
    }

    @Test
    void run_with_an_invalid_city_starts_nothing_and_exits_2() throws Exception {
        Path data = folder.resolve("data");
        Path city = TestCity.write(folder, 8080, data, null);
        Files.writeString(city, Files.readString(city).replace("policy: dim-when-empty", "policy: dim-sometimes"));
        assertThat(relais("run", "--config", city.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("automations[0].policy").contains("nothing started");
        assertThat(data).doesNotExist();
    }
}
