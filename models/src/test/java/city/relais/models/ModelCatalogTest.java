package city.relais.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    @TempDir
    Path dir;

    @Test
    void built_in_yolox_nano_is_the_default_and_matches_the_shared_readme() {
        ModelCatalog catalog = ModelCatalog.builtIn();
        assertThat(catalog.defaultName()).isEqualTo("yolox-nano");
        ModelDescriptor d = catalog.find("yolox-nano").orElseThrow();
        assertThat(d.fileName()).isEqualTo("yolox_nano_coco_416.onnx");
        assertThat(d.sha256()).isEqualTo("4903c9058f6e2553834e9905be1ae5d67e262cb6321964dbc57a49edc6fa10da");
        assertThat(d.source()).isEqualTo(URI.create(
                "https://github.com/Megvii-BaseDetection/YOLOX/releases/download/0.1.1rc0/yolox_nano.onnx"));
        assertThat(d.licence()).startsWith("Apache-2.0");
        assertThat(d.input()).isEqualTo(new InputSpec("images", 416, 416, ColourOrder.BGR, Normalisation.NONE,
                ResizeMode.LETTERBOX_TOP_LEFT, 114));
        assertThat(d.outputLayout()).isEqualTo(OutputLayout.YOLOX);
        assertThat(d.strides()).containsExactly(8, 16, 32);
        assertThat(d.labels()).hasSize(80).startsWith("person", "bicycle", "car").endsWith("toothbrush");
        assertThat(d.nmsIou()).isEqualTo(0.45);
        assertThat(d.scoreThreshold()).isEqualTo(0.25);
    }

    @Test
    void built_in_picodet_s_has_its_own_layout_preprocessing_and_threshold() {
        ModelDescriptor d = ModelCatalog.builtIn().find("picodet-s").orElseThrow();
        assertThat(d.fileName()).isEqualTo("picodet_s_coco_320.onnx");
        assertThat(d.sha256()).isEqualTo("e0a3510dfc37fa6a8743b487c89d9f6bf7734ed6ef6a406a2e1970d229a8157d");
        assertThat(d.input()).isEqualTo(new InputSpec("image", 320, 320, ColourOrder.RGB,
                new Normalisation(List.of(123.675, 116.28, 103.53), List.of(58.395, 57.12, 57.375)),
                ResizeMode.STRETCH, 0));
        assertThat(d.outputLayout()).isEqualTo(OutputLayout.PICODET_GFL);
        assertThat(d.strides()).containsExactly(8, 16, 32, 64);
        assertThat(d.boxBins()).isEqualTo(8);
        assertThat(d.cells(8)).isEqualTo(1600);
        assertThat(d.cells(64)).isEqualTo(25);
        assertThat(d.labelSet()).isEqualTo("coco80");
        assertThat(d.scoreThreshold()).isNotEqualTo(ModelCatalog.builtIn().find("yolox-nano").orElseThrow()
                .scoreThreshold());
    }

    @Test
    void loads_a_city_catalogue_with_a_label_set_beside_it() throws IOException {
        Files.writeString(dir.resolve("vehicles.txt"), "# three classes\ncar\nbus\n\ntruck\n");
        Path yaml = dir.resolve("models.yaml");
        Files.writeString(yaml, builtInYaml().replace("labels: coco80", "labels: vehicles")
                .replace("default: yolox-nano", "default: picodet-s"));
        ModelCatalog catalog = ModelCatalog.load(yaml);
        assertThat(catalog.defaultName()).isEqualTo("picodet-s");
        assertThat(catalog.find("yolox-nano").orElseThrow().labels()).containsExactly("car", "bus", "truck");
    }

    @Test
    void rejects_unknown_keys_with_the_line() throws IOException {
        Path yaml = dir.resolve("models.yaml");
        Files.writeString(yaml, builtInYaml().replace("    nmsIou: 0.45\n", "    nmsIou: 0.45\n    nmsIuo: 0.5\n"));
        assertThatThrownBy(() -> ModelCatalog.load(yaml))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(yaml.toString())
                .hasMessageContaining("line ")
                .hasMessageContaining("nmsIuo");
    }

    @Test
    void rejects_a_missing_key_a_bad_hash_an_unknown_label_set_and_an_unknown_default() throws IOException {
        Path yaml = dir.resolve("models.yaml");
        Files.writeString(yaml, builtInYaml().replaceFirst("    boxBins: 0\n", ""));
        assertThatThrownBy(() -> ModelCatalog.load(yaml)).isInstanceOf(ModelException.class)
                .hasMessageContaining("boxBins");
        Files.writeString(yaml, builtInYaml().replace("sha256: 4903", "sha256: zz03"));
        assertThatThrownBy(() -> ModelCatalog.load(yaml)).isInstanceOf(ModelException.class)
                .hasMessageContaining("models[0]").hasMessageContaining("64 hex digits");
        Files.writeString(yaml, builtInYaml().replace("labels: coco80", "labels: coco91"));
        assertThatThrownBy(() -> ModelCatalog.load(yaml)).isInstanceOf(ModelException.class)
                .hasMessageContaining("unknown label set 'coco91'");
        Files.writeString(yaml, builtInYaml().replace("default: yolox-nano", "default: yolo"));
        assertThatThrownBy(() -> ModelCatalog.load(yaml)).isInstanceOf(ModelException.class)
                .hasMessageContaining("default model 'yolo'");
    }

    @Test
    void rejects_a_file_name_with_folders() {
        assertThatThrownBy(() -> Descriptors.withFile(Descriptors.yolox(), "../../etc/passwd",
                Descriptors.yolox().sha256(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain file name");
    }

    private static String builtInYaml() throws IOException {
        try (var in = ModelCatalog.class.getResourceAsStream("models.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
