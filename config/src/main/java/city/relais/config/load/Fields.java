package city.relais.config.load;

import city.relais.config.WireNamed;
import city.relais.config.load.YamlNode.Entry;
import city.relais.config.load.YamlNode.Mapping;
import city.relais.config.load.YamlNode.Scalar;
import city.relais.config.load.YamlNode.Sequence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One YAML mapping being read into a record. Each key the binder asks for becomes an expected key; {@link #finish()}
 * reports the others as unknown. Typed reads ({@link Values}) report problems and fall back to the default.
 */
public final class Fields {

    /** One item of a list or one entry of a map, with its key path and line. */
    public record Item(String key, YamlNode node, String path, int line) {
    }

    private final Map<String, Entry> entries;
    private final String path;
    private final int line;
    private final Problems problems;
    private final boolean readable;
    private final Set<String> expected = new LinkedHashSet<>();
    private final Set<String> consumed = new LinkedHashSet<>();

    private Fields(Map<String, Entry> entries, String path, int line, Problems problems, boolean readable) {
        this.entries = entries;
        this.path = path;
        this.line = line;
        this.problems = problems;
        this.readable = readable;
    }

    /** Reads a node as a mapping; an absent or null node is an empty mapping, anything else a problem. */
    public static Fields of(YamlNode node, String path, Problems problems) {
        if (node instanceof Mapping mapping) {
            return new Fields(mapping.entries(), path, mapping.line(), problems, true);
        }
        int line = node == null ? problems.lineOf(path) : node.line();
        boolean empty = node == null || node instanceof Scalar scalar && scalar.isNull();
        if (!empty) {
            problems.add(path, line, "expected a mapping (key: value), got " + Values.describe(node));
        }
        return new Fields(Map.of(), path, line, problems, empty);
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public Problems problems() {
        return problems;
    }

    /** False when the node was not a mapping (a problem says so); required keys are then not reported missing. */
    public boolean readable() {
        return readable;
    }

    public String pathOf(String key) {
        return KeyPath.child(path, key);
    }

    /** The line of the key when written, else the line of this mapping. */
    public int lineOf(String key) {
        Entry entry = entries.get(key);
        return entry == null ? line : entry.keyLine();
    }

    /** The value of a key, or null when absent or written as null; the key becomes expected. */
    public YamlNode node(String key) {
        expected.add(key);
        Entry entry = entries.get(key);
        if (entry == null || entry.value() instanceof Scalar scalar && scalar.isNull()) {
            return null;
        }
        return entry.value();
    }

    public boolean has(String key) {
        return node(key) != null;
    }

    /** The value of a required key, or null after reporting it missing. */
    public YamlNode require(String key) {
        YamlNode node = node(key);
        if (node == null && readable) {
            Entry written = entries.get(key);
            if (written == null) {
                problems.add(pathOf(key), line, "required key is missing");
            } else {
                problems.add(pathOf(key), written.keyLine(), "required key has no value");
            }
        }
        return node;
    }

    /** Reports a key that must not be written here, with a message of its own; it is not listed as expected. */
    public void refuse(String key, String message) {
        if (entries.containsKey(key)) {
            consumed.add(key);
            problems.add(pathOf(key), lineOf(key), message);
        }
    }

    /** Marks every key as known: used when the shape cannot be known (unknown kind), to avoid noise. */
    public void acceptRest() {
        consumed.addAll(entries.keySet());
    }

    /** The items of a list value; empty when absent, a problem when not a list. */
    public List<Item> list(String key) {
        return items(node(key), pathOf(key), problems);
    }

    /** The entries of a mapping value, in file order; empty when absent, a problem when not a mapping. */
    public List<Item> entries(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Mapping mapping)) {
            problems.add(pathOf(key), node.line(), "expected a mapping (name: value), got " + Values.describe(node));
            return List.of();
        }
        List<Item> result = new ArrayList<>();
        for (Entry entry : mapping.entries().values()) {
            String entryPath = KeyPath.child(pathOf(key), entry.key());
            result.add(new Item(entry.key(), entry.value(), entryPath, entry.keyLine()));
        }
        return result;
    }

    /** The items of a list node at a path (also used for nested lists such as polygon points). */
    public static List<Item> items(YamlNode node, String listPath, Problems problems) {
        if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(node instanceof Sequence sequence)) {
            problems.add(listPath, node.line(), "expected a list, got " + Values.describe(node));
            return List.of();
        }
        List<Item> result = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            result.add(new Item(null, item, KeyPath.item(listPath, i), item.line()));
        }
        return result;
    }

    /** Optional text; null when absent. */
    public String text(String key) {
        YamlNode node = node(key);
        return node == null ? null : Values.text(node, pathOf(key), problems);
    }

    public String text(String key, String fallback) {
        String value = text(key);
        return value == null ? fallback : value;
    }

    /** Required text; null after a problem. */
    public String requiredText(String key) {
        YamlNode node = require(key);
        return node == null ? null : Values.text(node, pathOf(key), problems);
    }

    /** A required id ({@code [a-z0-9][a-z0-9-]*}); null after a problem. */
    public String id(String key) {
        String id = requiredText(key);
        String violation = id == null ? null : Names.idViolation(id);
        if (violation != null) {
            problems.add(pathOf(key), lineOf(key), violation);
        }
        return id;
    }

    public int integer(String key, int fallback, Range range) {
        YamlNode node = node(key);
        return node == null ? fallback : (int) Values.whole(node, pathOf(key), problems, fallback, range);
    }

    public double number(String key, double fallback, Range range) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.number(node, pathOf(key), problems, fallback, range);
    }

    public boolean bool(String key, boolean fallback) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.bool(node, pathOf(key), problems, fallback);
    }

    public Duration duration(String key, Duration fallback, Range range) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.duration(node, pathOf(key), problems, fallback, range);
    }

    /** An optional choice; the fallback when absent or wrong. */
    public <E extends Enum<E> & WireNamed> E choice(String key, E fallback, Class<E> type) {
        YamlNode node = node(key);
        E value = node == null ? null : Values.choice(node, pathOf(key), problems, type);
        return value == null ? fallback : value;
    }

    /** A required choice; null after a problem. */
    public <E extends Enum<E> & WireNamed> E requiredChoice(String key, Class<E> type) {
        YamlNode node = require(key);
        return node == null ? null : Values.choice(node, pathOf(key), problems, type);
    }

    /** A list of text values (non-text items are problems and left out). */
    public List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (Item item : list(key)) {
            String value = Values.text(item.node(), item.path(), problems);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** Reports every key that was neither asked for nor refused: {@code unknown key (expected one of: a, b)}. */
    public void finish() {
        for (Entry entry : entries.values()) {
            if (!expected.contains(entry.key()) && !consumed.contains(entry.key())) {
                problems.add(pathOf(entry.key()), entry.keyLine(),
                        "unknown key (expected one of: " + String.join(", ", expected) + ")");
            }
        }
    }
}
