package city.relais.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every line of the examples deleted or given a value of another shape: the loader must answer with a config or
 * with problems that point inside the file and never show a secret, and never crash.
 */
class MangledFilesTest {

    private static final List<String> REPLACEMENTS = List.of("~", "[]", "{a: 1}", "-1", "x y", "[[2, 2]]");

    @ParameterizedTest
    @ValueSource(strings = {"examples/demo-city.yaml", "examples/demo-city-real.yaml", "examples/suresnes-pilot.yaml"})
    void answers_every_mangled_variant_with_a_config_or_problems(String example) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(example));
        Map<String, String> env = CityConfigLoaderTest.SURESNES_ENV;
        int variants = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (String variant : variants(lines.get(i))) {
                List<String> mangled = new ArrayList<>(lines);
                mangled.set(i, variant);
                check(String.join("\n", mangled), lines.size(), env, example + " line " + (i + 1) + ": " + variant);
                variants++;
            }
        }
        assertThat(variants).isGreaterThan(lines.size());
    }

    private static List<String> variants(String line) {
        List<String> variants = new ArrayList<>(List.of(""));
        int colon = line.indexOf(": ");
        if (colon > 0 && !line.trim().startsWith("#")) {
            REPLACEMENTS.forEach(value -> variants.add(line.substring(0, colon + 2) + value));
        }
        return variants;
    }

    private static void check(String yaml, int lineCount, Map<String, String> env, String what) {
        try {
            new CityConfigLoader(env::get).parse("city.yaml", yaml, null);
        } catch (CityConfigException e) {
            assertThat(e.problems()).as(what).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.line()).as(what).isBetween(1, lineCount + 1);
                env.values().forEach(secret -> assertThat(problem.message()).as(what).doesNotContain(secret));
            });
        } catch (RuntimeException e) {
            fail(what + " crashed the loader", e);
        }
    }
}
