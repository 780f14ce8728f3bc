package city.relais.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the registry looks for model files, in order: the local folders, then the cache; and whether it may download
 * into the cache.
 *
 * @param folders         local folders, searched first, in order
 * @param cache           the user cache; downloads land here
 * @param downloadAllowed whether a missing file may be downloaded from the descriptor's source address
 */
public record ModelLocations(List<Path> folders, Path cache, boolean downloadAllowed) {

    /** Env var: a folder searched before all others. */
    public static final String MODELS_ENV = "RELAIS_MODELS";
    /** Env var: the shared folder; its {@code models} sub-folder is searched second. Default {@code ../shared}. */
    public static final String SHARED_ENV = "RELAIS_SHARED";
    /** Env var: the cache folder. Default {@code ~/.cache/relais/models} (or {@code $XDG_CACHE_HOME/relais/models}). */
    public static final String CACHE_ENV = "RELAIS_MODEL_CACHE";
    /** Env var: {@code true} forbids downloads (offline machines, CI). */
    public static final String OFFLINE_ENV = "RELAIS_OFFLINE";

    public ModelLocations {
        folders = List.copyOf(folders);
        Objects.requireNonNull(cache, "cache");
    }

    /** Locations from the process environment and the user's home. */
    public static ModelLocations fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Locations from the given environment: {@code RELAIS_MODELS} (if set), {@code $RELAIS_SHARED/models} (default
     * {@code ../shared/models}, relative to the working directory, i.e. beside the checkout), then the cache.
     */
    public static ModelLocations fromEnvironment(Map<String, String> env, Path home) {
        List<Path> folders = new ArrayList<>();
        String models = env.get(MODELS_ENV);
        if (models != null && !models.isBlank()) {
            folders.add(Path.of(models));
        }
        String shared = env.get(SHARED_ENV);
        folders.add(Path.of(shared == null || shared.isBlank() ? "../shared" : shared).resolve("models"));
        return new ModelLocations(folders, cacheFolder(env, home), !"true".equalsIgnoreCase(env.get(OFFLINE_ENV)));
    }

    private static Path cacheFolder(Map<String, String> env, Path home) {
        String cache = env.get(CACHE_ENV);
        if (cache != null && !cache.isBlank()) {
            return Path.of(cache);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("relais").resolve("models");
    }

    /** Every folder searched, in order, cache last (for messages). */
    public List<Path> searched() {
        List<Path> all = new ArrayList<>(folders);
        all.add(cache);
        return all.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The same locations with downloads forbidden. */
    public ModelLocations offline() {
        return new ModelLocations(folders, cache, false);
    }
}
