package city.relais.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.models.ModelException;
import city.relais.models.ModelRegistry;
import city.relais.vision.scenario.ScenarioEvaluator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relais eval --scenarios DIR [--json]}: runs every {@code *.scenario.yaml} of a folder through the detection
 * core and the camera's skills, and prints per-skill precision, recall and detection latency.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Per-skill precision, recall and detection latency of the skills on a folder of scenarios "
                + "(clips + NAME.scenario.yaml, see vision/SCENARIOS.md).")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--scenarios", required = true, paramLabel = "DIR", description = "folder of scenario files")
    Path scenarios;

    @Option(names = "--json", description = "print only {\"skills\": {...}}")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // every scenario's camera goes through the city-file loader: its "loaded" line would drown the table
        // (and break the JSON on stdout)
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("city.relais.config"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            ScenarioEvaluator.Report report = new ScenarioEvaluator(ModelRegistry.fromEnvironment())
                    .evaluate(scenarios, json ? null : new java.io.PrintStream(System.err, true));
            spec.commandLine().getOut().print(json ? report.json() + System.lineSeparator() : report.table());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException | ModelException e) {
            spec.commandLine().getErr().println("eval: " + e.getMessage());
            return RelaisCommand.INVALID_INPUT;
        }
    }
}
