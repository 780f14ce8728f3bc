package city.relais.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The wrong file quoted in docs/CONFIG-REFERENCE.md gives exactly the output quoted there. */
class BrokenFileTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken");

    @Test
    void prints_every_problem_of_the_documented_wrong_file() throws IOException {
        String yaml = Files.readString(BROKEN.resolve("city.yaml"));

        CityConfigException e = catchThrowableOfType(CityConfigException.class,
                () -> new CityConfigLoader(name -> null).parse("city.yaml", yaml, null));

        String expected = Files.readString(BROKEN.resolve("expected.txt")).strip();
        assertThat(e.getMessage()).isEqualTo(expected);
        assertThat(e.problems()).hasSize(5);
    }

    @Test
    void the_reference_quotes_the_wrong_file_and_its_output() throws IOException {
        String reference = Files.readString(Path.of("../docs/CONFIG-REFERENCE.md"));

        assertThat(reference).contains(Files.readString(BROKEN.resolve("city.yaml")).strip());
        assertThat(reference).contains(Files.readString(BROKEN.resolve("expected.txt")).strip());
    }
}
