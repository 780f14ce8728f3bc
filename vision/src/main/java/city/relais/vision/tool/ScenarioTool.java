package city.relais.vision.tool;

import city.relais.models.ModelRegistry;
import city.relais.vision.scenario.ScenarioEvaluator;
import city.relais.vision.scenario.ScenarioSuite;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code generate OUT [--fast]} writes the scenario suite; {@code eval DIR [--json]} evaluates a scenario folder and
 * prints the per-skill table (or the JSON object). What the CLI's {@code relais scenarios generate} and
 * {@code relais eval} call; runnable on its own for development. The shared folder is {@code RELAIS_SHARED} (default
 * {@code ../shared}).
 */
public final class ScenarioTool {

    private ScenarioTool() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        if (a.size() >= 2 && a.get(0).equals("generate")) {
            int n = ScenarioSuite.generate(Path.of(a.get(1)), sharedFolder(), a.contains("--fast"), System.err);
            System.out.println(n + " scenarios written to " + a.get(1));
        } else if (a.size() >= 2 && a.get(0).equals("eval")) {
            boolean json = a.contains("--json");
            ScenarioEvaluator.Report report = new ScenarioEvaluator(ModelRegistry.fromEnvironment())
                    .evaluate(Path.of(a.get(1)), System.err);
            System.out.print(json ? report.json() + System.lineSeparator() : report.table());
        } else {
            System.err.println("usage: ScenarioTool generate OUT [--fast] | eval DIR [--json]");
            System.exit(2);
        }
    }

    /** {@code RELAIS_SHARED}, or {@code ../shared} when unset. */
    public static Path sharedFolder() {
        String env = System.getenv("RELAIS_SHARED");
        return Path.of(env == null || env.isBlank() ? "../shared" : env).toAbsolutePath().normalize();
    }
}
