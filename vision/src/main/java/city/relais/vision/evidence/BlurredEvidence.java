package city.relais.vision.evidence;

import city.relais.config.EvidenceMode;
import city.relais.config.Privacy;
import city.relais.config.camera.Camera;
import city.relais.event.EventType;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Evidence} that stores images: for the event types the city lists in {@code privacy.snapshots-for},
 * and only in {@code blurred-snapshot} mode, a JPEG of the frame with every person and every vehicle's plate area
 * pixelated and blurred and the camera's masks blacked out, written as {@code <dir>/<id>.jpg} with a sidecar
 * {@code <id>.json} (camera, event type, created). The blurring happens in memory before encoding: there is no way to
 * store, read or send the unblurred frame through this class. A write failure is logged and the event goes out with
 * metadata only; it never stops the camera.
 */
public final class BlurredEvidence implements Evidence {

    private static final Logger LOG = LoggerFactory.getLogger(BlurredEvidence.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String camera;
    private final PrivacyMask mask;
    private final Set<String> eventTypes;
    private final Path dir;
    private final Clock clock;

    private BlurredEvidence(String camera, PrivacyMask mask, Set<String> eventTypes, Path dir, Clock clock) {
        this.camera = camera;
        this.mask = mask;
        this.eventTypes = eventTypes;
        this.dir = dir;
        this.clock = clock;
    }

    /** The evidence of one camera under the city's privacy settings, stamped with the system clock. */
    public static Evidence forCamera(Camera camera, Privacy privacy, Path evidenceDir) {
        return forCamera(camera, privacy, evidenceDir, Clock.systemUTC());
    }

    /**
     * The evidence of one camera: {@link Evidence#NONE} (no image of any kind, ever) in {@code metadata-only} mode or
     * when no event type is listed; otherwise blurred snapshots in {@code evidenceDir} for the listed types.
     */
    public static Evidence forCamera(Camera camera, Privacy privacy, Path evidenceDir, Clock clock) {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(privacy, "privacy");
        if (privacy.evidence() != EvidenceMode.BLURRED_SNAPSHOT || privacy.snapshotsFor().isEmpty()) {
            return Evidence.NONE;
        }
        Objects.requireNonNull(evidenceDir, "evidenceDir");
        return new BlurredEvidence(camera.id(), new PrivacyMask(camera.masks()), Set.copyOf(privacy.snapshotsFor()),
                evidenceDir, Objects.requireNonNull(clock, "clock"));
    }

    /** True when an event of this type (wire name or CloudEvents type) gets a snapshot. */
    public boolean takesSnapshotOf(String eventType) {
        return eventType != null && eventTypes.contains(wireName(eventType));
    }

    @Override
    public Optional<String> snapshot(SceneFrame frame, String eventType, Box subject) {
        if (!takesSnapshotOf(eventType)) {
            return Optional.empty();
        }
        if (!camera.equals(frame.camera())) {
            throw new IllegalArgumentException("evidence of camera '" + camera + "' got a frame of camera '"
                    + frame.camera() + "'");
        }
        EvidenceId id = EvidenceId.random();
        try {
            byte[] jpeg = SnapshotBlur.jpeg(frame.image(), AnonymisedAreas.of(frame.tracks()), mask);
            Files.createDirectories(dir);
            writeAtomically(id.sidecar(dir), sidecar(wireName(eventType), clock.instant()));
            writeAtomically(id.image(dir), jpeg);
            LOG.info("evidence {} stored: blurred snapshot of {} on camera {} ({} bytes)", id, wireName(eventType),
                    camera, jpeg.length);
            return Optional.of(id.reference());
        } catch (IOException | RuntimeException e) {
            LOG.warn("evidence of {} on camera {} not stored, the event keeps its metadata only: {}", eventType, camera,
                    e.toString(), e);
            deleteQuietly(id.sidecar(dir));
            return Optional.empty();
        }
    }

    private byte[] sidecar(String eventType, Instant created) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("camera", camera);
        node.put("event_type", eventType);
        node.put("created", created.toString());
        node.put("blurred", true);
        return JSON.writeValueAsBytes(node);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString(), e);
        }
    }

    private static String wireName(String eventType) {
        return eventType.startsWith(EventType.CLOUD_EVENT_TYPE_PREFIX)
                ? eventType.substring(EventType.CLOUD_EVENT_TYPE_PREFIX.length()) : eventType;
    }

    @Override
    public String toString() {
        return "BlurredEvidence[" + camera + ", " + eventTypes + " -> " + dir + "]";
    }
}
