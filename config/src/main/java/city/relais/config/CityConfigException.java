package city.relais.config;

import java.util.List;
import java.util.stream.Collectors;

/** A city file that cannot be used; carries every problem found, not only the first. */
public final class CityConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public CityConfigException(List<ConfigProblem> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CityConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, sorted by line. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String format(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
    }
}
