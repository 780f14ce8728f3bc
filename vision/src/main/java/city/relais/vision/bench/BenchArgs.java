package city.relais.vision.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} arguments of a benchmark; unknown names are errors. */
final class BenchArgs {

    private final Map<String, String> values = new HashMap<>();

    BenchArgs(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + a + "'; known: " + known);
            }
            String name = a.substring(2);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
            }
            values.put(name, args[++i]);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    double number(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    /** A clip: the value, else {@code clips/<fallback>} under {@code RELAIS_SHARED} (default {@code ../shared}). */
    Path clip(String fallback) {
        if (values.containsKey("clip")) {
            return Path.of(values.get("clip"));
        }
        String shared = System.getenv("RELAIS_SHARED");
        return Path.of(shared == null || shared.isBlank() ? "../shared" : shared, "clips", fallback);
    }
}
