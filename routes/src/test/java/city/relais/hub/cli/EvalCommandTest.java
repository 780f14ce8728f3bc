package city.relais.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code relais eval} refuses a folder it cannot evaluate, naming it, with the bad-input exit code. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return new CommandLine(new RelaisCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void a_missing_or_empty_scenario_folder_is_refused_by_name() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "eval", "--scenarios", dir.resolve("none").toString(), "--json"))
                .isEqualTo(RelaisCommand.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("eval: scenario folder " + dir.resolve("none") + " does not exist"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();

        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "eval", "--scenarios", dir.toString()))
                .isEqualTo(RelaisCommand.INVALID_INPUT);
        assertThat(err2.toString()).startsWith("eval: no *.scenario.yaml in " + dir);
    }
}
