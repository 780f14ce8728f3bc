package city.relais.config.load;

import city.relais.config.ConfigProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one file, and knows the line of every key path (filled while the YAML tree is read), so
 * that checks running on bound records can still point at the line.
 */
public final class Problems {

    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<ConfigProblem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    /** Remembers where a path is written; the first occurrence wins. */
    public void index(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** The line of a path, or of its nearest written ancestor; 1 when none is known. */
    public int lineOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            current = KeyPath.parent(current);
        }
        return 1;
    }

    /** A problem at a path, on the line where that path (or its nearest ancestor) is written. */
    public void add(String path, String message) {
        add(path, lineOf(path), message);
    }

    public void add(String path, int line, String message) {
        String shown = path.isEmpty() ? ConfigProblem.WHOLE_FILE : path;
        found.add(new ConfigProblem(file, line, shown, message));
    }

    /** How many problems were found so far. */
    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public String file() {
        return file;
    }

    /** The problems found, by line (stable: same line keeps the order found). */
    public List<ConfigProblem> sorted() {
        List<ConfigProblem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(ConfigProblem::line));
        return List.copyOf(copy);
    }
}
