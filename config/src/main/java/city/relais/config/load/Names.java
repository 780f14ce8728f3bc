package city.relais.config.load;

import java.util.regex.Pattern;

/** What ids and drawing names may look like. */
public final class Names {

    /** Ids of cameras, devices, automations, operators, and names of zones and lines. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Lamp ids and approach names, which follow the owner's labels ({@code L301}, {@code N}). */
    public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private Names() {
    }

    /** Null when the id is valid, else why not. */
    public static String idViolation(String id) {
        return ID.matcher(id).matches() ? null
                : "'" + id + "' is not a valid name: use lower-case letters, digits and '-', "
                + "starting with a letter or digit (e.g. sidewalk-east)";
    }

    public static String labelViolation(String label) {
        return LABEL.matcher(label).matches() ? null
                : "'" + label + "' is not a valid label: use letters, digits, '_', '.' and '-' (e.g. L301)";
    }
}
