package city.relais.hub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigException;
import city.relais.config.CityConfigLoader;
import city.relais.config.ConfigProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code relais validate FILE}: every problem of a city file, with key path and line; exit 0 or 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a city file: prints every problem (file:line: key.path: message). Exit 0 if valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the city YAML file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            CityConfig city = CityConfigLoader.load(file);
            spec.commandLine().getOut().printf("%s: valid (%d camera(s), %d device(s), %d automation(s))%n", file,
                    city.cameras().size(), city.devices().size(), city.automations().size());
            return 0;
        } catch (CityConfigException e) {
            var err = spec.commandLine().getErr();
            for (ConfigProblem problem : e.problems()) {
                err.println(problem);
            }
            err.printf("%s: %d problem(s)%n", file, e.problems().size());
            return RelaisCommand.INVALID_INPUT;
        }
    }
}
