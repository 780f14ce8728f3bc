package city.relais.config.load;

import city.relais.config.Secret;
import city.relais.config.load.YamlNode.Scalar;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every binder shares while one file is read: the problems, the secret resolver, the folder relative paths are
 * resolved against, where each bound element came from (for later checks), and devices that could not be bound.
 */
public final class BindContext {

    private final Problems problems;
    private final SecretResolver secrets;
    private final Path baseDir;
    private final Map<Object, String> origins = new IdentityHashMap<>();
    private final Set<String> unbound = new HashSet<>();

    public BindContext(Problems problems, SecretResolver secrets, Path baseDir) {
        this.problems = problems;
        this.secrets = secrets;
        this.baseDir = baseDir;
    }

    public Problems problems() {
        return problems;
    }

    public Path baseDir() {
        return baseDir;
    }

    public Fields fields(YamlNode node, String path) {
        return Fields.of(node, path, problems);
    }

    /** Remembers the key path a bound element (camera, skill, device, automation, operator) was read from. */
    public <T> T origin(T element, String path) {
        origins.put(element, path);
        return element;
    }

    /** The key path an element was read from. */
    public String originOf(Object element) {
        String path = origins.get(element);
        if (path == null) {
            throw new IllegalStateException("no origin recorded for " + element.getClass().getSimpleName());
        }
        return path;
    }

    /**
     * Remembers a name that is written but could not be bound (a device without kind, a zone with a bad polygon), so
     * that references to it are not reported as dangling: its own problem says enough.
     *
     * @param scope where the name lives: {@code devices}, or a camera's path and {@code .zones} / {@code .lines}
     */
    public void unbound(String scope, String name) {
        if (name != null) {
            unbound.add(scope + "\u0000" + name);
        }
    }

    public boolean isUnbound(String scope, String name) {
        return unbound.contains(scope + "\u0000" + name);
    }

    /** A secret field; null when absent (a problem if required) or unresolvable. Messages never show values. */
    public Secret secret(Fields fields, String key, boolean required) {
        YamlNode node = required ? fields.require(key) : fields.node(key);
        if (node == null) {
            return null;
        }
        String path = fields.pathOf(key);
        if (!(node instanceof Scalar scalar)) {
            problems.add(path, node.line(), "expected a secret (" + SecretResolver.FORMS + "), got "
                    + Values.describe(node));
            return null;
        }
        return secrets.resolve(scalar.text(), message -> problems.add(path, node.line(), message));
    }

    /** A path resolved against the file's folder (left relative for a classpath file); fallback when absent. */
    public Path path(Fields fields, String key, Path fallback) {
        String written = fields.text(key);
        if (written == null) {
            return fallback == null ? null : resolve(fallback);
        }
        try {
            return resolve(Path.of(written));
        } catch (InvalidPathException e) {
            problems.add(fields.pathOf(key), fields.lineOf(key), "'" + written + "' is not a valid path");
            return fallback;
        }
    }

    /** Like {@link #path} for a path that must be an existing folder (checked when the file has a folder). */
    public Path existingDirectory(Fields fields, String key) {
        Path dir = path(fields, key, null);
        if (dir != null && baseDir != null && !Files.isDirectory(dir)) {
            problems.add(fields.pathOf(key), fields.lineOf(key), "no such folder: " + dir);
        }
        return dir;
    }

    public Path resolve(Path path) {
        return baseDir == null ? path : baseDir.resolve(path).normalize();
    }
}
