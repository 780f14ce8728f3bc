package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyGuardTest {

    @TempDir
    Path dir;

    private static ModelDescriptor withExtraLabel(String label) {
        List<String> labels = new ArrayList<>(Descriptors.yolox().labels());
        labels.add(label);
        return Descriptors.withLabels(Descriptors.yolox(), "coco81", labels);
    }

    @Test
    void built_in_models_pass() {
        assertThat(ModelCatalog.builtIn().models()).allSatisfy(d -> assertThat(PrivacyGuard.violations(d)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"face", "Faces", "facial_landmarks", "landmark", "license_plate", "licence plate",
        "number-plate", "ANPR", "person ReID", "re-identification", "RetinaFace", "arcface_r100", "keypoint", "pose",
        "left_eye_landmark", "gender", "emotion", "OCR"})
    void refuses_forbidden_labels(String label) {
        assertThat(PrivacyGuard.violations(withExtraLabel(label))).containsExactly("label '" + label + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"face-recognition", "gait recognition", "person re-identification", "plate reading",
        "ALPR", "facial landmark detection", "biometric matching", "pose estimation", "text recognition",
        "appearance embedding", "age estimation", "person search"})
    void refuses_forbidden_tasks(String task) {
        ModelDescriptor d = Descriptors.withTasks(Descriptors.yolox(), List.of("object-detection", task));
        assertThatThrownBy(() -> PrivacyGuard.check(d))
                .isInstanceOf(PrivacyViolationException.class)
                .hasMessageContaining("model 'yolox-nano' is refused")
                .hasMessageContaining("task '" + task + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"surface", "interface", "dinner plate", "landing", "reader", "person", "traffic light"})
    void lets_harmless_words_pass(String label) {
        assertThat(PrivacyGuard.violations(withExtraLabel(label))).isEmpty();
    }

    @Test
    void refuses_a_face_model_by_its_file_name_or_source_even_with_harmless_labels() {
        ModelDescriptor yunet = Descriptors.withFile(Descriptors.yolox(), "face_detection_yunet_2023mar.onnx",
                Descriptors.yolox().sha256(), java.net.URI.create("https://example.org/models/yolox.onnx"));
        assertThat(PrivacyGuard.violations(yunet)).containsExactly("file 'face_detection_yunet_2023mar.onnx'");
        ModelDescriptor fromZoo = Descriptors.withFile(Descriptors.yolox(), "detector.onnx",
                Descriptors.yolox().sha256(), java.net.URI.create("https://example.org/zoo/scrfd/detector.onnx"));
        assertThat(PrivacyGuard.violations(fromZoo)).containsExactly(
                "source 'https://example.org/zoo/scrfd/detector.onnx'");
    }

    @Test
    void a_registry_refuses_a_catalogue_file_that_declares_a_face_task() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("faces.txt"), "person\nface\n");
        Path yaml = java.nio.file.Files.writeString(dir.resolve("catalogue.yaml"), new String(
                ModelCatalog.class.getResourceAsStream("models.yaml").readAllBytes(), StandardCharsets.UTF_8)
                .replaceFirst("name: yolox-nano", "name: yolox-custom")
                .replaceFirst("default: yolox-nano", "default: yolox-custom")
                .replaceFirst("labels: coco80", "labels: faces")
                .replaceFirst("tasks: \\[object-detection\\]", "tasks: [object-detection, face-recognition]"));
        ModelCatalog catalog = ModelCatalog.load(yaml);
        ModelLocations locations = new ModelLocations(List.of(dir), dir.resolve("cache"), false);
        assertThatThrownBy(() -> new ModelRegistry(catalog, locations))
                .isInstanceOf(PrivacyViolationException.class)
                .hasMessage("model 'yolox-custom' is refused: Relais never runs models for faces, landmarks, pose or "
                        + "gait, person re-identification, plate reading or other biometrics, and it declares "
                        + "label set 'faces', label 'face', task 'face-recognition'");
    }

    @Test
    void a_registry_refuses_a_catalogue_with_a_face_model() {
        ModelDescriptor faces = Descriptors.withName(Descriptors.withLabels(Descriptors.yolox(), "faces",
                List.of("face")), "face-detector");
        ModelCatalog catalog = new ModelCatalog("yolox-nano", List.of(Descriptors.yolox(), faces));
        ModelLocations locations = new ModelLocations(List.of(dir), dir.resolve("cache"), false);
        assertThatThrownBy(() -> new ModelRegistry(catalog, locations))
                .isInstanceOf(PrivacyViolationException.class)
                .hasMessageContaining("model 'face-detector' is refused").hasMessageContaining("label 'face'");
    }

    @Test
    void a_registry_refuses_to_resolve_a_crafted_descriptor() {
        ModelRegistry registry = new ModelRegistry(ModelCatalog.builtIn(),
                new ModelLocations(List.of(dir), dir.resolve("cache"), false));
        ModelDescriptor plates = Descriptors.withTasks(Descriptors.yolox(), List.of("licence plate reading"));
        assertThatThrownBy(() -> registry.resolve(plates)).isInstanceOf(PrivacyViolationException.class);
    }
}
