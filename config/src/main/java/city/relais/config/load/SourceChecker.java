package city.relais.config.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a camera {@code source}: a stream URL, {@code demo:NAME}, or a video file ({@code file:} or a path), which
 * is made absolute against the city file's folder and must exist.
 */
final class SourceChecker {

    static final String ACCEPTED = "rtsp://, rtsps://, http://, https://, file:PATH, a file path, or demo:NAME";
    private static final List<String> STREAMS = List.of("rtsp", "rtsps", "http", "https");
    private static final String DEMO = "demo:";
    private static final String FILE = "file:";

    private final BindContext ctx;

    SourceChecker(BindContext ctx) {
        this.ctx = ctx;
    }

    /** The source to use (files made absolute); problems reported at the key. */
    String source(Fields f, String key) {
        String written = f.requiredText(key);
        if (written == null) {
            return null;
        }
        String problem;
        String result = written;
        if (written.startsWith(DEMO)) {
            String name = written.substring(DEMO.length());
            problem = Names.ID.matcher(name).matches() ? null
                    : "'" + written + "' is not demo:NAME (e.g. demo:night-street)";
        } else if (written.contains("://") && !written.startsWith(FILE)) {
            problem = stream(written);
        } else {
            result = file(written);
            problem = fileProblem(written, result);
        }
        if (problem != null) {
            f.problems().add(f.pathOf(key), f.lineOf(key), problem);
        }
        return result == null ? written : result;
    }

    private static String stream(String written) {
        if (Addresses.carriesPassword(written)) {
            return Addresses.CREDENTIALS;
        }
        String scheme = written.substring(0, written.indexOf("://")).toLowerCase();
        if (!STREAMS.contains(scheme)) {
            return "unsupported source scheme '" + scheme + "' (accepted: " + ACCEPTED + ")";
        }
        return Addresses.urlViolation(written, STREAMS, false);
    }

    private String fileProblem(String written, String resolved) {
        if (resolved == null) {
            return "'" + written + "' is not a valid file path";
        }
        if (ctx.baseDir() != null && !Files.isRegularFile(Path.of(resolved))) {
            return "no such video file: " + resolved;
        }
        return null;
    }

    private String file(String written) {
        try {
            Path path = written.startsWith(FILE + "//")
                    ? Path.of(new URI(written))
                    : Path.of(written.startsWith(FILE) ? written.substring(FILE.length()) : written);
            return ctx.resolve(path).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
