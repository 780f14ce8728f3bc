package city.relais.config.load;

/** Key paths as shown in problems: {@code cameras[1].zones.crossing}, {@code automations[0].params.floor}. */
public final class KeyPath {

    private KeyPath() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The enclosing path; "" above a top-level key. */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
