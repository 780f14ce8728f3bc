package city.relais.hub.cli;

import city.relais.config.CityConfig;
import city.relais.hub.privacy.ProcessingRegister;
import city.relais.hub.privacy.RegisterJson;
import city.relais.hub.privacy.RegisterMarkdown;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais privacy-register [--config FILE] [--json]}: the record of processing activities of a city file. */
@Command(name = "privacy-register", mixinStandardHelpOptions = true,
        description = "Print the processing register of a city file (purpose, data processed, evidence images and "
                + "their retention, who can see them, automated decisions, masks) for each camera and skill, as "
                + "Markdown or JSON. Exit 0, or 2 for an invalid file.")
final class PrivacyRegisterCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "the city YAML file (default: the demo city)")
    Path config;

    @Option(names = "--json", description = "JSON instead of Markdown")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        quietConfigLog();
        CityConfig city = CityFiles.load(config, spec.commandLine().getErr());
        if (city == null) {
            return RelaisCommand.INVALID_INPUT;
        }
        String source = config == null ? CityFiles.EMBEDDED_DEFAULT : config.getFileName().toString();
        ProcessingRegister register = ProcessingRegister.of(city);
        spec.commandLine().getOut().print(json ? RegisterJson.render(register, source) + "\n"
                : RegisterMarkdown.render(register, source));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The register is a document on stdout (often piped to a file or {@code jq}): no INFO line of the loader in it. */
    private static void quietConfigLog() {
        if (LoggerFactory.getLogger("city.relais.config") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
