package city.relais.config;

import city.relais.config.load.BindContext;
import city.relais.config.load.CityBinder;
import city.relais.config.load.ConfigValidator;
import city.relais.config.load.Problems;
import city.relais.config.load.SecretResolver;
import city.relais.config.load.YamlNode;
import city.relais.config.load.YamlTreeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a city file: YAML with lines, typed binding, then checks across the whole file. Either every problem of
 * the file is thrown at once in a {@link CityConfigException}, or the returned config is complete and valid.
 * Secrets ({@code ${env:...}}, {@code ${file:...}}) are resolved at load and never appear in messages or logs.
 */
public final class CityConfigLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CityConfigLoader.class);

    private final Function<String, String> environment;

    /** A loader that reads {@code ${env:NAME}} from {@code environment} instead of the process environment. */
    public CityConfigLoader(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Loads a file with the process environment. {@code file} is shown in problems as given. */
    public static CityConfig load(Path file) throws CityConfigException {
        return new CityConfigLoader(System::getenv).read(file);
    }

    /** Loads a classpath resource (e.g. {@code examples/demo-city.yaml}) with the process environment. */
    public static CityConfig loadResource(String classpathResource) throws CityConfigException {
        return new CityConfigLoader(System::getenv).readResource(classpathResource);
    }

    /** Like {@link #load(Path)} with this loader's environment; relative paths resolve against the file's folder. */
    public CityConfig read(Path file) throws CityConfigException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw wholeFile(name, "no such file: " + file.toAbsolutePath().normalize());
        } catch (CharacterCodingException e) {
            throw wholeFile(name, "not UTF-8 text: " + file.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw wholeFile(name, "cannot read " + file.toAbsolutePath().normalize() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        return parse(name, text, file.toAbsolutePath().normalize().getParent());
    }

    /** Like {@link #loadResource(String)} with this loader's environment; relative paths stay relative. */
    public CityConfig readResource(String classpathResource) throws CityConfigException {
        String resource = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw wholeFile(classpathResource, "no such classpath resource: " + resource);
            }
            return parse(classpathResource, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw wholeFile(classpathResource, "cannot read classpath resource " + resource + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Loads YAML text; {@code name} is shown in problems, {@code baseDir} (nullable) resolves relative paths. */
    public CityConfig parse(String name, String text, Path baseDir) throws CityConfigException {
        Problems problems = new Problems(name);
        Optional<YamlNode> root = YamlTreeReader.read(text, problems);
        if (root.isEmpty()) {
            throw new CityConfigException(problems.sorted());
        }
        BindContext ctx = new BindContext(problems, new SecretResolver(environment, baseDir), baseDir);
        CityConfig config = new CityBinder(ctx).bind(root.get());
        new ConfigValidator(ctx).check(config);
        if (!problems.isEmpty()) {
            throw new CityConfigException(problems.sorted());
        }
        LOG.info("City config {} loaded: {} cameras, {} devices, {} automations", name, config.cameras().size(),
                config.devices().size(), config.automations().size());
        return config;
    }

    private static CityConfigException wholeFile(String name, String message) {
        return new CityConfigException(List.of(new ConfigProblem(name, 0, ConfigProblem.WHOLE_FILE, message)));
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CityConfigLoader.class.getClassLoader();
    }
}
