package city.relais.config.load;

import city.relais.config.load.YamlNode.Entry;
import city.relais.config.load.YamlNode.Mapping;
import city.relais.config.load.YamlNode.Scalar;
import city.relais.config.load.YamlNode.ScalarKind;
import city.relais.config.load.YamlNode.Sequence;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser, indexing the line of every key path
 * and reporting duplicate keys, aliases and extra documents as problems. A syntax error is one problem and no tree.
 */
public final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Problems problems;
    private final String text;
    private String lastPath = "";

    private YamlTreeReader(String text, Problems problems) {
        this.text = text;
        this.problems = problems;
    }

    /** The document's root, or empty when the file is empty or not YAML (a problem says which). */
    public static Optional<YamlNode> read(String text, Problems problems) {
        return new YamlTreeReader(text, problems).read();
    }

    private Optional<YamlNode> read() {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add("", 1, "the file is empty");
                return Optional.empty();
            }
            YamlNode root = value(parser, "");
            if (parser.nextToken() != null) {
                problems.add("", line(parser), "a second YAML document starts here: one document per file");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(lastPath, YamlSyntax.line(e), YamlSyntax.describe(e, text));
            return Optional.empty();
        } catch (IOException e) {
            problems.add("", 1, "cannot read the YAML: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private YamlNode value(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, path);
        }
        if (token == JsonToken.START_ARRAY) {
            return sequence(parser, path);
        }
        return scalar(parser, path);
    }

    private Mapping mapping(JsonParser parser, String path) throws IOException {
        int start = line(parser);
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            String child = KeyPath.child(path, key);
            lastPath = child;
            parser.nextToken();
            YamlNode node = value(parser, child);
            Entry first = entries.get(key);
            if (first != null) {
                problems.add(child, keyLine, "duplicate key (first written at line " + first.keyLine() + ")");
            } else {
                problems.index(child, keyLine);
                entries.put(key, new Entry(key, keyLine, node));
            }
        }
        return new Mapping(entries, start);
    }

    private Sequence sequence(JsonParser parser, String path) throws IOException {
        int start = line(parser);
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String child = KeyPath.item(path, items.size());
            lastPath = child;
            problems.index(child, line(parser));
            items.add(value(parser, child));
        }
        return new Sequence(items, start);
    }

    private Scalar scalar(JsonParser parser, String path) throws IOException {
        int line = line(parser);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(path, line, "YAML aliases (*" + parser.getText() + ") are not supported: "
                    + "write the value again");
            return new Scalar("", ScalarKind.NULL, null, line);
        }
        String written = parser.getText();
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> new Scalar(written, ScalarKind.INTEGER, parser.getBigIntegerValue(), line);
            case VALUE_NUMBER_FLOAT -> new Scalar(written, ScalarKind.FLOAT, parser.getDoubleValue(), line);
            case VALUE_TRUE -> new Scalar(written, ScalarKind.BOOLEAN, Boolean.TRUE, line);
            case VALUE_FALSE -> new Scalar(written, ScalarKind.BOOLEAN, Boolean.FALSE, line);
            case VALUE_NULL -> new Scalar(written, ScalarKind.NULL, null, line);
            default -> new Scalar(written, ScalarKind.TEXT, written, line);
        };
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }
}
