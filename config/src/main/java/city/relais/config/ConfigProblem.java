package city.relais.config;

import java.util.Objects;

/**
 * One thing wrong with a city file: where it is and what is wrong.
 *
 * @param file    the file name as it was given to the loader (not made absolute)
 * @param line    1-based line in the file; 0 when the problem concerns the whole file (e.g. it is missing)
 * @param path    the key path, e.g. {@code cameras[1].zones.crossing}; {@code (file)} for whole-file problems
 * @param message what is wrong; never contains a secret value
 */
public record ConfigProblem(String file, int line, String path, String message) {

    /** The path used for problems about the whole file (missing, unreadable, not YAML). */
    public static final String WHOLE_FILE = "(file)";

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** {@code file:line: path: message}, the way compilers print, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + path + ": " + message;
    }
}
