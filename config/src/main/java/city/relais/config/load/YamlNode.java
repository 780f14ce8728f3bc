package city.relais.config.load;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it was written on. */
public sealed interface YamlNode {

    /** 1-based line where the value starts. */
    int line();

    /** The YAML type of a scalar, as the YAML resolver saw it ({@code "8080"} is text, {@code 8080} a number). */
    enum ScalarKind { TEXT, INTEGER, FLOAT, BOOLEAN, NULL }

    /**
     * A scalar.
     *
     * @param text  the text as written (for booleans {@code yes}, {@code true}...)
     * @param kind  resolved type
     * @param value BigInteger, Double, Boolean, String, or null
     */
    record Scalar(String text, ScalarKind kind, Object value, int line) implements YamlNode {

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping, keys in file order; a duplicated key keeps its first value. */
    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    }

    /** One key of a mapping and its value. */
    record Entry(String key, int keyLine, YamlNode value) {
    }
}
