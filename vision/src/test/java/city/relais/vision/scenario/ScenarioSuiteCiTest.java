package city.relais.vision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.SharedFolder;
import city.relais.vision.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The CI subset of the scenario suite, generated into {@code target/} from the real clips and evaluated end to end
 * (decode → detector → tracker → skills → matching): every headline skill keeps precision and recall ≥ 0.9.
 */
class ScenarioSuiteCiTest {

    @Test
    void the_fast_subset_keeps_every_headline_skill_at_0_9_precision_and_recall() throws Exception {
        SharedFolder.require("clips/" + SceneSources.HIGHWAY);
        Path out = Path.of("target", "scenarios-ci");
        int n = ScenarioSuite.generate(out, SharedFolder.path(), true, null);
        assertThat(n).isEqualTo(ScenarioSuite.fast().size()).isGreaterThanOrEqualTo(8);
        assertThat(ScenarioEvaluator.scenarioFiles(out)).hasSize(n);
        assertThat(Files.exists(out.resolve("bin-pile-day.avi"))).isTrue();

        ScenarioEvaluator.Report report = new ScenarioEvaluator(Shared.registry()).evaluate(out, System.out);
        System.out.print(report.table());
        Map<String, SkillScore> skills = report.skills();
        assertThat(skills).containsOnlyKeys("presence", "emergency-vehicle", "bin", "illegal-dump");
        skills.forEach((name, score) -> {
            assertThat(score.precision()).as(name + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(score.recall()).as(name + " recall").isGreaterThanOrEqualTo(0.9);
            assertThat(score.tp()).as(name + " true positives").isGreaterThanOrEqualTo(1);
        });
        assertThat(report.json()).startsWith("{\"skills\": {\"bin\": {\"precision\": ");
    }
}
