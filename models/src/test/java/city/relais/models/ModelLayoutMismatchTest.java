package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A descriptor that does not fit its (correctly hashed) file fails loudly when the model is opened. */
class ModelLayoutMismatchTest {

    @TempDir
    Path cache;
    private ModelLocations shared;

    @BeforeEach
    void requireSharedModels() {
        shared = SharedFolder.offlineLocations(cache);
    }

    private ObjectDetector open(ModelDescriptor d) {
        ModelRegistry registry = new ModelRegistry(new ModelCatalog(d.name(), List.of(d)), shared);
        return registry.open(d.name());
    }

    @Test
    void yolox_with_a_label_set_of_the_wrong_size_is_refused_naming_the_shapes() {
        List<String> labels = new ArrayList<>(Descriptors.yolox().labels());
        labels.add("hydrant cap");
        ModelDescriptor d = Descriptors.withLabels(Descriptors.yolox(), "coco81", labels);
        assertThatThrownBy(() -> open(d))
                .isInstanceOf(ModelLayoutException.class)
                .hasMessageContaining("Model 'yolox-nano' (yolox_nano_coco_416.onnx, layout YOLOX, 81 labels from coco81)")
                .hasMessageContaining("expected one output (1, 3549, 86), got [(1, 3549, 85)]");
    }

    @Test
    void picodet_file_described_as_yolox_is_refused_by_its_input_name() {
        ModelDescriptor d = Descriptors.withLayoutOf(Descriptors.picodet(), Descriptors.yolox());
        assertThatThrownBy(() -> open(d))
                .isInstanceOf(ModelLayoutException.class)
                .hasMessageContaining("expected one input 'images' (1, 3, 416, 416), the file has 'image'");
    }

    @Test
    void yolox_file_described_as_picodet_is_refused_at_open_not_at_the_first_frame() {
        ModelDescriptor d = Descriptors.withLayoutOf(Descriptors.yolox(), Descriptors.picodet());
        assertThatThrownBy(() -> open(d))
                .isInstanceOf(ModelLayoutException.class)
                .hasMessageContaining("yolox_nano_coco_416.onnx")
                .hasMessageContaining("the file has 'images'");
    }

    @Test
    void picodet_with_a_label_set_of_the_wrong_size_is_refused() {
        ModelDescriptor d = Descriptors.withLabels(Descriptors.picodet(), "coco79",
                Descriptors.picodet().labels().subList(0, 79));
        assertThatThrownBy(() -> open(d))
                .isInstanceOf(ModelLayoutException.class)
                .hasMessageContaining("expected [(1, 1600, 79), (1, 400, 79)")
                .hasMessageContaining("(1, 1600, 80)");
    }

    @Test
    void a_closed_detector_refuses_to_run_and_threads_must_be_positive() {
        ObjectDetector detector = open(Descriptors.picodet());
        assertThat(detector.minScore()).isEqualTo(Descriptors.picodet().scoreThreshold());
        detector.close();
        detector.close();
        assertThatThrownBy(() -> detector.detect(new ImageFrame(2, 2, new byte[12])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        ModelRegistry registry = new ModelRegistry(ModelCatalog.builtIn(), shared);
        assertThatThrownBy(() -> registry.open("picodet-s", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intraOpThreads");
    }
}
