package city.relais.vision.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.models.ImageFrame;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.Buffer;
import java.nio.channels.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/**
 * The unblurred path does not exist in the public API: no public or protected method, constructor-visible field or
 * record component of any public type of {@code city.relais.vision.evidence} (found by listing the compiled package,
 * so a class added later is checked too) hands out pixels or image data of any kind.
 */
class EvidenceApiTest {

    /** Types that carry pixels or raw image bytes. */
    private static final List<Class<?>> PIXEL_TYPES = List.of(ImageFrame.class, SceneFrame.class, byte[].class,
            int[].class, Buffer.class, Pointer.class, InputStream.class, Channel.class, java.awt.Image.class,
            org.bytedeco.javacv.Frame.class);

    private static List<Class<?>> publicTypesOfThePackage() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path folder = Path.of(BlurredEvidence.class.getResource("BlurredEvidence.class").toURI()).getParent();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    Class<?> c = Class.forName(BlurredEvidence.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                    if (Modifier.isPublic(c.getModifiers())) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }

    private static boolean carriesPixels(Class<?> type) {
        return PIXEL_TYPES.stream().anyMatch(p -> p.isAssignableFrom(type));
    }

    @Test
    void no_public_member_of_the_evidence_package_returns_pixels() throws Exception {
        List<Class<?>> types = publicTypesOfThePackage();
        assertThat(types).contains(BlurredEvidence.class, BlurredClips.class, EvidenceId.class, EvidencePurge.class,
                RetentionPurge.class, PurgeResult.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            for (Method m : type.getMethods()) {
                if (carriesPixels(m.getReturnType())) {
                    leaks.add(type.getSimpleName() + "." + m.getName() + " returns " + m.getReturnType().getName());
                }
            }
            for (Field f : type.getFields()) {
                if (carriesPixels(f.getType())) {
                    leaks.add(type.getSimpleName() + "." + f.getName() + " is " + f.getType().getName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    if (carriesPixels(rc.getType())) {
                        leaks.add(type.getSimpleName() + "." + rc.getName() + " is " + rc.getType().getName());
                    }
                }
            }
        }
        assertThat(leaks).as("members that could hand out pixels").isEmpty();
    }

    @Test
    void the_only_way_in_returns_metadata_or_a_snapshot_writer_with_no_public_constructor() {
        assertThat(BlurredEvidence.class.getConstructors()).isEmpty();
        assertThat(Evidence.class.getMethods()).extracting(Method::getReturnType)
                .allSatisfy(t -> assertThat(carriesPixels(t)).isFalse());
    }

    @Test
    void the_pixel_work_is_package_private() throws Exception {
        assertThat(Modifier.isPublic(SnapshotBlur.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(AnonymisedAreas.class.getModifiers())).isFalse();
        assertThat(publicTypesOfThePackage()).doesNotContain(SnapshotBlur.class, AnonymisedAreas.class);
    }
}
