package city.relais.hub.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigException;
import city.relais.config.CityConfigLoader;
import city.relais.config.ConfigProblem;

/** Loads the city file named on the command line, or the embedded demo city, and prints problems. */
final class CityFiles {

    static final String EMBEDDED_DEFAULT = "examples/demo-city.yaml";

    private CityFiles() {
    }

    /** @return the configuration, or null after printing every problem to {@code err} */
    static CityConfig load(Path file, PrintWriter err) {
        try {
            return file == null ? CityConfigLoader.loadResource(EMBEDDED_DEFAULT) : CityConfigLoader.load(file);
        } catch (CityConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                err.println(problem);
            }
            err.printf("%s: %d problem(s), nothing started%n", file == null ? EMBEDDED_DEFAULT : file,
                    e.problems().size());
            err.flush();
            return null;
        }
    }
}
