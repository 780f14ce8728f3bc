package city.relais.hub.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Biometrics are impossible by construction, and the build says so: no class of Relais (every module's main and test
 * classes, as the hub's test class path sees them) may use OpenCV's face module, a face cascade or OpenCV's face
 * detector / recogniser, nor be named for faces, biometrics, re-identification, gait or plate reading; and no face
 * cascade or face model file may sit anywhere in the repository. The detection core has no static mutable state, so
 * nothing can link tracks across cameras.
 */
class PrivacyArchitectureTest {

    /** Class names (the part after the package) that announce a forbidden capability. */
    static final String FORBIDDEN_NAMES = ".*\\.[^.]*(Face|Biometric|ReId|Reid|ReIdentif|Reidentif|Gait"
            + "|Plate[^.]*Reader|PlateRecogni|PlateOcr|Anpr|Alpr)[^.]*";

    /** Files that are face cascades or face models. */
    static final Pattern FORBIDDEN_FILES = Pattern.compile(
            "(?i).*((haar|lbp)cascade.*(face|eye|smile|profile)|face.*\\.(xml|onnx|dat|caffemodel|pb|tflite|pt|pth)"
                    + "|(yunet|sface|scrfd|retinaface|arcface|mtcnn).*).*");

    private static JavaClasses relais;

    @BeforeAll
    static void importEveryModule() {
        relais = new ClassFileImporter().importPackages("city.relais");
    }

    @Test
    void the_import_sees_every_module() {
        assertThat(relais.stream().map(c -> c.getPackageName()).distinct())
                .anyMatch(p -> p.startsWith("city.relais.config"))
                .anyMatch(p -> p.startsWith("city.relais.event"))
                .anyMatch(p -> p.startsWith("city.relais.models"))
                .anyMatch(p -> p.startsWith("city.relais.vision"))
                .anyMatch(p -> p.startsWith("city.relais.connectors"))
                .anyMatch(p -> p.startsWith("city.relais.hub"));
    }

    @Test
    void no_code_uses_the_opencv_face_module() {
        ArchRule rule = noClasses().that().resideInAPackage("city.relais..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco.opencv.opencv_face..",
                        "org.opencv.face..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.bytedeco.opencv.global.opencv_face")
                .because("Relais never detects, recognises or aligns faces");
        rule.check(relais);
    }

    @Test
    void no_code_uses_the_opencv_object_detection_module() {
        ArchRule rule = noClasses().that().resideInAPackage("city.relais..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco.opencv.opencv_objdetect..",
                        "org.opencv.objdetect..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.bytedeco.opencv.global.opencv_objdetect")
                .orShould().dependOnClassesThat().haveSimpleNameContaining("Face")
                .because("Relais detects objects with its own COCO models; OpenCV's object-detection module is where "
                        + "its cascades and face models live, so no code may use it");
        rule.check(relais);
    }

    @Test
    void no_class_is_named_for_a_biometric_capability() {
        ArchRule rule = noClasses().that().resideInAPackage("city.relais..")
                .should().haveNameMatching(FORBIDDEN_NAMES)
                .because("faces, biometrics, re-identification, gait and plate reading have no place in Relais");
        rule.check(relais);
    }

    @Test
    void the_detection_core_keeps_no_global_mutable_state_that_could_link_cameras() {
        ArchRule rule = fields().that().areDeclaredInClassesThat().resideInAPackage("city.relais.vision..")
                .and().areStatic().should().beFinal()
                .because("track ids and tracker state are per camera: no global counter or registry may link a "
                        + "person seen by one camera to a person seen by another");
        rule.check(relais);
    }

    @Test
    void no_face_cascade_or_face_model_file_is_in_the_repository() throws IOException {
        Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath()
                .getParent();
        assertThat(root.resolve("pom.xml")).exists();
        List<Path> found;
        try (Stream<Path> files = Files.walk(root)) {
            found = files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(Files::isRegularFile)
                    .filter(p -> FORBIDDEN_FILES.matcher(p.getFileName().toString()).matches())
                    .toList();
        }
        assertThat(found).as("face cascades or face models in the repository").isEmpty();
        assertThat(FORBIDDEN_FILES.matcher("haarcascade_frontalface_default.xml").matches()).isTrue();
        assertThat(FORBIDDEN_FILES.matcher("face_detection_yunet_2023mar.onnx").matches()).isTrue();
        assertThat(FORBIDDEN_FILES.matcher("yolox_nano_coco_416.onnx").matches()).isFalse();
    }
}
