package city.relais.config.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error into a short message. Only the parser's diagnosis is kept, never its quote of the
 * offending text: that text may hold a secret's fallback value.
 */
final class YamlSyntax {

    private static final String QUOTE_HINT =
            "; a ${...} value inside {...} or [...] must be quoted: \"${env:NAME}\"";

    private YamlSyntax() {
    }

    static int line(JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        if (marked != null && marked.getProblemMark() != null) {
            return marked.getProblemMark().getLine() + 1;
        }
        JsonLocation location = e.getLocation();
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    static String describe(JsonProcessingException e, String text) {
        MarkedYAMLException marked = marked(e);
        if (marked == null) {
            return "not valid YAML: " + firstLine(e.getOriginalMessage());
        }
        StringBuilder message = new StringBuilder("not valid YAML: ").append(firstLine(marked.getProblem()));
        Mark context = marked.getContextMark();
        if (marked.getContext() != null && context != null) {
            message.append(" (").append(marked.getContext()).append(" started at line ")
                    .append(context.getLine() + 1).append(')');
        }
        if (lineText(text, line(e)).contains("${")) {
            message.append(QUOTE_HINT);
        }
        return message.toString();
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    private static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
