package city.relais.vision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.SharedFolder;
import city.relais.vision.Shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The abandoned-object scenarios: the suite is complete and named, and its CI subset (a bag left by day and at night;
 * the owner staying next to it; the owner coming back for it) generated into {@code target/} from the real clips and
 * evaluated end to end (decode → detector → tracker → static objects → owner timers → matching) keeps precision and
 * recall ≥ 0.9.
 */
class AbandonedScenariosCiTest {

    @Test
    void the_suite_has_ten_scenarios_or_more_with_hard_negatives_and_is_part_of_the_whole_suite() {
        List<ScenarioRecipe> all = AbandonedScenarios.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10).allSatisfy(r ->
                assertThat(r.skill()).isEqualTo("abandoned-object"));
        assertThat(all.stream().filter(ScenarioRecipe::negative)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(r -> !r.negative())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ScenarioSuite.all()).extracting(ScenarioRecipe::name)
                .containsAll(all.stream().map(ScenarioRecipe::name).toList());
        assertThat(ScenarioSuite.all().stream().map(ScenarioRecipe::name).distinct())
                .hasSize(ScenarioSuite.all().size());
        assertThat(AbandonedScenarios.fast()).extracting(ScenarioRecipe::name).containsExactly("abandoned-bag-day",
                "abandoned-bag-night", "abandoned-owner-stays", "abandoned-owner-returns");
    }

    @Test
    void the_fast_subset_keeps_abandoned_object_at_0_9_precision_and_recall() throws Exception {
        SharedFolder.require("clips/" + SceneSources.PARKING);
        Path out = Path.of("target", "scenarios-abandoned-ci");
        SceneSources sources = new SceneSources(SharedFolder.path());
        for (ScenarioRecipe r : AbandonedScenarios.fast()) {
            ((SceneRecipe) r).write(out, sources);
        }
        assertThat(ScenarioFile.read(out.resolve("abandoned-bag-day.scenario.yaml")).expected())
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo("object.abandoned");
                    assertThat(e.zone()).isEqualTo("lane");
                });

        ScenarioEvaluator.Report report = new ScenarioEvaluator(Shared.registry()).evaluate(out, System.out);
        System.out.print(report.table());
        Map<String, SkillScore> skills = report.skills();
        assertThat(skills).containsOnlyKeys("abandoned-object");
        SkillScore score = skills.get("abandoned-object");
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
        assertThat(score.tp()).as("true positives").isEqualTo(2);
        assertThat(report.outcomes()).filteredOn(o -> o.scenario().startsWith("abandoned-owner"))
                .allSatisfy(o -> assertThat(o.emitted()).isEmpty());
    }
}
