package city.relais.vision;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder with the model files and clips (never copied into the repository): {@code RELAIS_SHARED}, else
 * {@code ../shared} beside the repository root (the parent of this module). Missing: the test fails when {@code CI}
 * is set, and is skipped with a message otherwise.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path path() {
        String env = System.getenv("RELAIS_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return module.getParent().resolve("../shared").normalize();
    }

    /** A file under the shared folder; fails (CI) or skips (developer machine) when it is missing. */
    public static Path require(String relative) {
        Path file = path().resolve(relative);
        if (!Files.exists(file)) {
            String message = "shared file " + file + " is missing: set RELAIS_SHARED to the folder with models/ and "
                    + "clips/ (default ../shared beside the repository)";
            if (System.getenv("CI") != null) {
                fail(message + " (CI is set: this test must run)");
            }
            assumeTrue(false, message + "; skipping");
        }
        return file;
    }
}
