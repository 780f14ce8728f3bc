package city.relais.models;

import java.nio.file.Path;

/** A model file whose sha256 differs from the one its descriptor pins. Such a file is refused, never used. */
public class ModelChecksumException extends ModelException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String expected;
    private final String actual;

    public ModelChecksumException(String message, Path file, String expected, String actual) {
        super(message);
        this.file = file;
        this.expected = expected;
        this.actual = actual;
    }

    public Path file() {
        return file;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
