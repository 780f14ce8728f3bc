package city.relais.config.load;

import city.relais.config.Secret;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:NAME}}, {@code ${env:NAME:-fallback}} and {@code ${file:PATH}} into a {@link Secret}.
 * Problems name the variable or the file, never a value; a literal value is refused without being quoted.
 */
public final class SecretResolver {

    public static final String FORMS = "${env:NAME}, ${env:NAME:-fallback} or ${file:PATH}";

    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)(:-(.*))?}", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("\\$\\{file:(.+)}");

    private final Function<String, String> environment;
    private final Path baseDir;

    /**
     * @param environment variable lookup, e.g. {@code System::getenv}
     * @param baseDir     folder relative secret files are resolved against; null = the working directory
     */
    public SecretResolver(Function<String, String> environment, Path baseDir) {
        this.environment = environment;
        this.baseDir = baseDir;
    }

    /** The secret, or null after telling {@code problem} why not. */
    public Secret resolve(String written, Consumer<String> problem) {
        String trimmed = written.trim();
        Matcher env = ENV.matcher(trimmed);
        if (env.matches()) {
            return fromEnvironment(env.group(1), env.group(2) != null ? env.group(3) : null, problem);
        }
        Matcher file = FILE.matcher(trimmed);
        if (file.matches()) {
            return fromFile(file.group(1).trim(), problem);
        }
        problem.accept("a secret is written " + FORMS + ": its value never goes in the file");
        return null;
    }

    private Secret fromEnvironment(String name, String fallback, Consumer<String> problem) {
        String value = environment.apply(name);
        if (value == null && fallback == null) {
            problem.accept("environment variable " + name + " is not set");
            return null;
        }
        String resolved = value != null ? value : fallback;
        if (resolved.isEmpty()) {
            String why = value != null ? " is empty" : " is not set and its fallback is empty";
            problem.accept("environment variable " + name + why);
            return null;
        }
        return Secret.of(resolved);
    }

    private Secret fromFile(String written, Consumer<String> problem) {
        Path path;
        try {
            path = baseDir == null ? Path.of(written).toAbsolutePath() : baseDir.resolve(written).normalize();
        } catch (InvalidPathException e) {
            problem.accept("secret file path '" + written + "' is not a valid path");
            return null;
        }
        try {
            String value = Files.readString(path).trim();
            if (value.isEmpty()) {
                problem.accept("secret file " + path + " is empty");
                return null;
            }
            return Secret.of(value);
        } catch (NoSuchFileException e) {
            problem.accept("cannot read secret file " + path + ": no such file");
        } catch (AccessDeniedException e) {
            problem.accept("cannot read secret file " + path + ": permission denied");
        } catch (CharacterCodingException e) {
            problem.accept("cannot read secret file " + path + ": not UTF-8 text");
        } catch (IOException e) {
            problem.accept("cannot read secret file " + path + ": " + e.getClass().getSimpleName());
        }
        return null;
    }
}
