package city.relais.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.vision.scenario.ScenarioSuite;
import city.relais.vision.tool.ScenarioTool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais scenarios generate --out DIR [--fast]}: writes the scenario suite of the headline skills. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "The generated scenario suite of the skills.",
        subcommands = {ScenariosCommand.Generate.class})
final class ScenariosCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code generate}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Writes the scenario clips (composites on the real clips of RELAIS_SHARED) and their "
                    + "NAME.scenario.yaml files.")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
        Path out;

        @Option(names = "--fast", description = "only the CI subset")
        boolean fast;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                int n = ScenarioSuite.generate(out, ScenarioTool.sharedFolder(), fast,
                        new java.io.PrintStream(System.err, true));
                spec.commandLine().getOut().println(n + " scenarios written to " + out);
                return 0;
            } catch (IOException | IllegalStateException e) {
                spec.commandLine().getErr().println("scenarios generate: " + e.getMessage());
                return RelaisCommand.INVALID_INPUT;
            }
        }
    }
}
