package city.relais.models;

import city.relais.models.onnx.OnnxObjectDetector;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;

/**
 * The detector models a hub may run, by name, and where their files are.
 *
 * <p>{@link #resolve} looks for a descriptor's file in the local folders ({@code RELAIS_MODELS}, then
 * {@code $RELAIS_SHARED/models}), then the user cache, then downloads it from the descriptor's source address into the
 * cache. Wherever it is found, a file whose sha256 differs from the descriptor's is refused
 * ({@link ModelChecksumException}). Every descriptor passes the {@link PrivacyGuard} first.
 *
 * <p>Thread-safe. Each {@link ObjectDetector} it opens is not: open one per inference thread.
 */
public final class ModelRegistry {

    /** Intra-op threads of a detector opened without saying: one, leaving the other cores to decode and tracking. */
    public static final int DEFAULT_INTRA_OP_THREADS = 1;

    private final ModelCatalog catalog;
    private final ModelFiles files;

    public ModelRegistry(ModelCatalog catalog, ModelLocations locations) {
        this(catalog, locations, ModelDownloader.defaultClient());
    }

    ModelRegistry(ModelCatalog catalog, ModelLocations locations, HttpClient client) {
        catalog.models().forEach(PrivacyGuard::check);
        this.catalog = catalog;
        this.files = new ModelFiles(locations, new ModelDownloader(client));
    }

    /** The built-in descriptors with locations from the environment (see {@link ModelLocations#fromEnvironment()}). */
    public static ModelRegistry fromEnvironment() {
        return new ModelRegistry(ModelCatalog.builtIn(), ModelLocations.fromEnvironment());
    }

    /** Names of the known models. */
    public List<String> names() {
        return catalog.models().stream().map(ModelDescriptor::name).toList();
    }

    /** The model used when a camera names none. */
    public String defaultName() {
        return catalog.defaultName();
    }

    /**
     * The descriptor of a model.
     *
     * @throws ModelException naming the known models when there is none of that name
     */
    public ModelDescriptor descriptor(String name) {
        return catalog.find(name).orElseThrow(() -> new ModelException(
                "Unknown model '" + name + "'; known models: " + String.join(", ", names())));
    }

    /**
     * The verified local file of a descriptor, downloading it into the cache if needed and allowed.
     *
     * @throws PrivacyViolationException  when the descriptor declares forbidden labels or tasks
     * @throws ModelChecksumException     when the file found (or downloaded) has another sha256
     * @throws ModelUnavailableException  when there is no file and none can be downloaded
     */
    public Path resolve(ModelDescriptor descriptor) {
        PrivacyGuard.check(descriptor);
        return files.resolve(descriptor);
    }

    /** Opens a model with {@link #DEFAULT_INTRA_OP_THREADS} and its default minimum score. */
    public ObjectDetector open(String name) {
        return open(name, DEFAULT_INTRA_OP_THREADS);
    }

    /** Opens a model with its default minimum score. */
    public ObjectDetector open(String name, int intraOpThreads) {
        return open(name, intraOpThreads, descriptor(name).scoreThreshold());
    }

    /**
     * Resolves, verifies and loads a model into a new detector (not thread-safe: one per inference thread).
     *
     * @param intraOpThreads ONNX Runtime intra-op threads, &ge; 1
     * @param minScore       lowest score reported, within (0, 1); a tracker may want lower than the default
     * @throws ModelLayoutException when the file's input does not match the descriptor
     */
    public ObjectDetector open(String name, int intraOpThreads, double minScore) {
        ModelDescriptor d = descriptor(name);
        return OnnxObjectDetector.open(d, resolve(d), intraOpThreads, minScore);
    }
}
