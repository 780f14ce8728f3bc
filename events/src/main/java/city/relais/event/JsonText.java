package city.relais.event;

import com.fasterxml.jackson.databind.JsonNode;

/** Short descriptions of JSON values for rejection messages: a reason never echoes a long input back. */
final class JsonText {

    private static final int MAX_QUOTED = 40;

    private JsonText() {
    }

    /** {@code "abc"} for a string, the number for a number, otherwise the JSON kind ({@code an array}). */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "\"" + quote(node.textValue()) + "\"";
            case NUMBER, BOOLEAN, NULL -> quote(node.asText());
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The value, cut to a readable length. */
    static String quote(String value) {
        return shorten(value, MAX_QUOTED);
    }

    /** The text, cut after {@code max} characters. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
