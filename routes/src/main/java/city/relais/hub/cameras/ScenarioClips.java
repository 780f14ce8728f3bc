package city.relais.hub.cameras;

import city.relais.config.camera.Camera;
import city.relais.vision.scenario.ScenarioFile;
import city.relais.vision.scenario.ScenarioRecipe;
import city.relais.vision.scenario.ScenarioSuite;
import city.relais.vision.scenario.SceneRecipe;
import city.relais.vision.scenario.SceneSources;
import city.relais.vision.tool.ScenarioTool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Camera sources where {@code demo:NAME} names a scenario of the suite ({@code relais scenarios generate} lists them):
 * the scenario's clip is generated once into a folder (composed on the shared footage, so it needs
 * {@code RELAIS_SHARED}) and the camera plays it. A {@code demo:} name that is no scenario is not analysed (its events
 * come from elsewhere: the API, a recorded-events source); every other source is opened as configured.
 */
public final class ScenarioClips implements CameraSources {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioClips.class);
    private static final String PREFIX = "demo:";

    private final Path folder;
    private final Path shared;
    private final java.util.concurrent.ConcurrentMap<String, Object> locks =
            new java.util.concurrent.ConcurrentHashMap<>();
    private SceneSources sources;

    /**
     * @param folder where generated clips are kept (reused on the next start)
     * @param shared the shared folder with {@code clips/} and {@code models/}, or null when there is none
     */
    public ScenarioClips(Path folder, Path shared) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.shared = shared;
    }

    /** The shared folder ({@link ScenarioTool#sharedFolder()}); null when it has no {@code clips/}. */
    public static Path sharedFromEnvironment() {
        Path path = ScenarioTool.sharedFolder();
        return Files.isDirectory(path.resolve("clips")) ? path : null;
    }

    /** The scenario a {@code demo:NAME} source names, if NAME is one of the suite. */
    public static Optional<ScenarioRecipe> scenarioOf(String source) {
        if (source == null || !source.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = source.substring(PREFIX.length());
        return ScenarioSuite.all().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public boolean analyses(Camera camera) {
        return !camera.source().startsWith(PREFIX) || scenarioOf(camera.source()).isPresent();
    }

    /**
     * @throws IllegalStateException when the camera names a scenario and there is no shared folder to compose it on,
     *                               or when its clip cannot be written
     */
    @Override
    public String resolve(Camera camera) {
        if (!camera.source().startsWith(PREFIX)) {
            return camera.source();
        }
        Optional<ScenarioRecipe> recipe = scenarioOf(camera.source());
        if (recipe.isEmpty()) {
            return null;
        }
        return clipOf(camera, recipe.get()).toString();
    }

    /** One camera thread per scenario generates its clip; different scenarios are generated side by side. */
    private Path clipOf(Camera camera, ScenarioRecipe recipe) {
        synchronized (locks.computeIfAbsent(recipe.name(), n -> new Object())) {
            return clipOfLocked(camera, recipe);
        }
    }

    /** The decoded shared footage, read once and shared by the scenarios generated in this hub. */
    private synchronized SceneSources sources() {
        if (sources == null) {
            sources = new SceneSources(shared);
        }
        return sources;
    }

    private Path clipOfLocked(Camera camera, ScenarioRecipe recipe) {
        Path annotation = folder.resolve(recipe.name() + ".scenario.yaml");
        try {
            if (Files.isRegularFile(annotation)) {
                Path clip = ScenarioFile.read(annotation).clip();
                if (Files.isRegularFile(clip)) {
                    return clip;
                }
            }
        } catch (IOException e) {
            LOG.warn("camera {}: generated clip {} unreadable ({}); generating it again", camera.id(), annotation,
                    e.getMessage());
        }
        if (shared == null) {
            throw new IllegalStateException("camera " + camera.id() + ": source " + camera.source() + " is a "
                    + "scenario clip composed on the shared footage, and no shared folder was found: set RELAIS_SHARED "
                    + "to the folder holding clips/ and models/ (default ../shared)");
        }
        long start = System.nanoTime();
        try {
            Files.createDirectories(folder);
            if (recipe instanceof SceneRecipe scene) {
                scene.write(folder, sources());
            } else {
                recipe.write(folder, shared);
            }
            Path clip = ScenarioFile.read(annotation).clip();
            LOG.info("camera {}: scenario clip {} generated in {} s ({}; next starts reuse it)", camera.id(),
                    recipe.name(), String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                    clip);
            return clip;
        } catch (IOException e) {
            throw new UncheckedIOException("camera " + camera.id() + ": cannot write the scenario clip "
                    + recipe.name() + " into " + folder + ": " + e.getMessage(), e);
        }
    }
}
