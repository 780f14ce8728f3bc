package city.relais.vision.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.vision.scenario.ScenarioRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalogue's skills on the fast subset of their scenario suite: the real detector, the real pipeline. */
class CatalogueScenariosTest {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueScenariosTest.class);

    @Test
    void every_skill_has_three_scenarios_or_more_with_a_hard_negative_and_unique_names() {
        List<ScenarioRecipe> all = CatalogueScenarios.all();
        assertThat(all.stream().map(ScenarioRecipe::name).distinct()).hasSize(all.size());
        assertThat(all).allSatisfy(r -> assertThat(r.name()).matches("[a-z0-9-]+"));
        for (String skill : List.of("loitering", "intrusion", "crowding", "counting", "red-light", "wrong-way",
                "on-demand", "parking-overstay")) {
            List<ScenarioRecipe> mine = all.stream().filter(r -> r.skill().equals(skill)).toList();
            assertThat(mine).as(skill).hasSizeGreaterThanOrEqualTo(3);
            assertThat(mine).as(skill).anyMatch(ScenarioRecipe::negative).anyMatch(r -> !r.negative());
        }
        assertThat(CatalogueScenarios.fast()).hasSize(14);
    }

    @Test
    void fast_subset_reaches_precision_and_recall_of_0_9_per_skill(@TempDir Path folder) throws Exception {
        List<String> log = new ArrayList<>();
        Map<String, CatalogueSuite.Tally> result = CatalogueSuite.evaluate(CatalogueScenarios.fast(), folder, log);
        log.forEach(LOG::info);
        LOG.info("fast subset:\n{}", CatalogueSuite.table(result));
        assertThat(result.keySet()).containsExactlyInAnyOrder("loitering", "intrusion", "crowding", "counting",
                "red-light", "wrong-way", "on-demand");
        result.forEach((skill, t) -> {
            assertThat(t.precision()).as(skill + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(t.recall()).as(skill + " recall").isGreaterThanOrEqualTo(0.9);
        });
        assertThat(result.values().stream().mapToInt(t -> t.tp).sum()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void recipes_are_deterministic(@TempDir Path folder) throws Exception {
        ScenarioRecipe r = CatalogueScenarios.all().stream().filter(s -> s.name().equals("redlight-car-on-red"))
                .findFirst().orElseThrow();
        Path a = Files.createDirectories(folder.resolve("a"));
        Path b = Files.createDirectories(folder.resolve("b"));
        Path shared = city.relais.models.SharedFolder.require("clips").getParent();
        r.write(a, shared);
        r.write(b, shared);
        assertThat(Files.readString(a.resolve("redlight-car-on-red.scenario.yaml")))
                .isEqualTo(Files.readString(b.resolve("redlight-car-on-red.scenario.yaml")))
                .contains("signals:\n  N: [[0, red]]\n")
                .contains("  - {type: redlight.crossed, zone: stop-n, at: 4.00, tolerance: 3.0}");
        assertThat(Files.mismatch(a.resolve("redlight-car-on-red.avi"), b.resolve("redlight-car-on-red.avi")))
                .isEqualTo(-1L);
        assertThat(new HashSet<>(List.of(Files.list(a).map(p -> p.getFileName().toString()).toArray())))
                .containsExactlyInAnyOrder("redlight-car-on-red.avi", "redlight-car-on-red.scenario.yaml");
    }
}
