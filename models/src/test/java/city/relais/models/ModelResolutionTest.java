package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local folders, then cache; checksums refused wherever they are; the offline message. Fake bytes, no model. */
class ModelResolutionTest {

    private static final byte[] BYTES = "not really a model, but pinned".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path first;
    private Path second;
    private Path cache;
    private ModelDescriptor model;

    @BeforeEach
    void setUp() throws IOException {
        first = Files.createDirectories(dir.resolve("relais-models"));
        second = Files.createDirectories(dir.resolve("shared/models"));
        cache = dir.resolve("cache");
        Path probe = Files.write(dir.resolve("probe"), BYTES);
        model = Descriptors.withFile(Descriptors.yolox(), "fake.onnx", Sha256.of(probe),
                java.net.URI.create("https://example.invalid/fake.onnx"));
    }

    private ModelRegistry registry(boolean download) {
        return new ModelRegistry(new ModelCatalog(model.name(), List.of(model)),
                new ModelLocations(List.of(first, second), cache, download));
    }

    @Test
    void the_first_folder_wins_over_the_second_and_the_cache() throws IOException {
        Files.write(first.resolve("fake.onnx"), BYTES);
        Files.write(second.resolve("fake.onnx"), BYTES);
        assertThat(registry(false).resolve(model)).isEqualTo(first.resolve("fake.onnx").toAbsolutePath());
    }

    @Test
    void falls_back_to_the_second_folder_then_the_cache() throws IOException {
        Files.createDirectories(cache);
        Files.write(cache.resolve("fake.onnx"), BYTES);
        assertThat(registry(false).resolve(model)).isEqualTo(cache.resolve("fake.onnx").toAbsolutePath());
        Files.write(second.resolve("fake.onnx"), BYTES);
        assertThat(registry(false).resolve(model)).isEqualTo(second.resolve("fake.onnx").toAbsolutePath());
    }

    @Test
    void refuses_a_file_with_the_wrong_checksum_even_when_the_cache_has_a_good_one() throws IOException {
        Path bad = Files.writeString(first.resolve("fake.onnx"), "tampered");
        Files.createDirectories(cache);
        Files.write(cache.resolve("fake.onnx"), BYTES);
        String actual = Sha256.of(bad);
        assertThatThrownBy(() -> registry(true).resolve(model))
                .isInstanceOfSatisfying(ModelChecksumException.class, e -> {
                    assertThat(e.file()).isEqualTo(bad.toAbsolutePath());
                    assertThat(e.expected()).isEqualTo(model.sha256());
                    assertThat(e.actual()).isEqualTo(actual);
                })
                .hasMessage("Refusing model file " + bad.toAbsolutePath() + ": its sha256 is " + actual
                        + " but model 'yolox-nano' pins " + model.sha256() + ". Replace it with the pinned fake.onnx"
                        + " or remove it; a file with the wrong checksum is never used.");
    }

    @Test
    void refuses_a_cached_file_with_the_wrong_checksum() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("fake.onnx"), "truncated");
        assertThatThrownBy(() -> registry(true).resolve(model)).isInstanceOf(ModelChecksumException.class)
                .hasMessageContaining(cache.resolve("fake.onnx").toAbsolutePath().toString());
    }

    @Test
    void notices_a_file_changed_after_it_was_verified() throws IOException {
        Path file = Files.write(first.resolve("fake.onnx"), BYTES);
        ModelRegistry registry = registry(false);
        registry.resolve(model);
        Files.writeString(file, "replaced by something else, longer than before");
        assertThatThrownBy(() -> registry.resolve(model)).isInstanceOf(ModelChecksumException.class);
    }

    @Test
    void offline_without_a_file_names_the_file_to_place_and_the_folders_searched() {
        assertThatThrownBy(() -> registry(false).resolve(model))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("Model 'yolox-nano' is not available: place fake.onnx (sha256 " + model.sha256()
                        + ") in one of " + first.toAbsolutePath() + ", " + second.toAbsolutePath() + ", "
                        + cache.toAbsolutePath() + " (searched in that order). Downloads are off (offline); on a "
                        + "machine with internet it comes from https://example.invalid/fake.onnx.");
    }

    @Test
    void without_a_source_address_says_so() {
        ModelDescriptor noSource = Descriptors.withFile(model, model.fileName(), model.sha256(), null);
        assertThatThrownBy(() -> registry(true).resolve(noSource))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("place fake.onnx")
                .hasMessageEndingWith("No download address is known for it.");
    }

    @Test
    void unknown_model_names_the_known_ones() {
        assertThatThrownBy(() -> new ModelRegistry(ModelCatalog.builtIn(),
                new ModelLocations(List.of(first), cache, false)).descriptor("yolov8"))
                .isInstanceOf(ModelException.class)
                .hasMessage("Unknown model 'yolov8'; known models: yolox-nano, picodet-s");
    }
}
