package city.relais.vision.evidence;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

import city.relais.config.EvidenceMode;
import city.relais.config.Privacy;
import city.relais.config.camera.Camera;
import city.relais.event.EventType;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.skill.SceneFrame;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional short review clips for an operator, blurred the same way as snapshots: each offered frame is anonymised
 * and encoded at once ({@link SnapshotBlur}), so the buffer of the last {@code maxFrames} frames never holds an
 * unblurred pixel; {@link #clip} writes them as an MJPEG AVI {@code <dir>/<id>.avi} with a sidecar, for the event
 * types of {@code privacy.snapshots-for} only. Nothing exists in {@code metadata-only} mode. Not thread-safe: one per
 * camera, on that camera's thread.
 */
public final class BlurredClips {

    private static final Logger LOG = LoggerFactory.getLogger(BlurredClips.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String camera;
    private final PrivacyMask mask;
    private final Set<String> eventTypes;
    private final Path dir;
    private final int maxFrames;
    private final double fps;
    private final Clock clock;
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private int width;
    private int height;

    private BlurredClips(Camera camera, Set<String> eventTypes, Path dir, int maxFrames, double fps, Clock clock) {
        this.camera = camera.id();
        this.mask = new PrivacyMask(camera.masks());
        this.eventTypes = eventTypes;
        this.dir = dir;
        this.maxFrames = maxFrames;
        this.fps = fps;
        this.clock = clock;
    }

    /**
     * Review clips of one camera, or empty in {@code metadata-only} mode (or with no event type listed).
     *
     * @param maxFrames frames kept (the clip's length at {@code fps}), 1..600
     * @param fps       frame rate the clip is played at (the camera's analysis rate), (0, 30]
     */
    public static Optional<BlurredClips> forCamera(Camera camera, Privacy privacy, Path dir, int maxFrames,
                                                   double fps, Clock clock) {
        if (privacy.evidence() != EvidenceMode.BLURRED_SNAPSHOT || privacy.snapshotsFor().isEmpty()) {
            return Optional.empty();
        }
        if (maxFrames < 1 || maxFrames > 600 || !(fps > 0 && fps <= 30)) {
            throw new IllegalArgumentException("a review clip needs 1..600 frames at (0, 30] fps, got " + maxFrames
                    + " at " + fps);
        }
        return Optional.of(new BlurredClips(camera, Set.copyOf(privacy.snapshotsFor()), Objects.requireNonNull(dir),
                maxFrames, fps, clock));
    }

    /** Anonymises the frame now and keeps it (the oldest is dropped beyond {@code maxFrames}). */
    public void offer(SceneFrame frame) {
        if (!camera.equals(frame.camera())) {
            throw new IllegalArgumentException("clips of camera '" + camera + "' got a frame of '" + frame.camera()
                    + "'");
        }
        if (frame.image().width() != width || frame.image().height() != height) {
            frames.clear();
            width = frame.image().width();
            height = frame.image().height();
        }
        frames.addLast(SnapshotBlur.jpeg(frame.image(), AnonymisedAreas.of(frame.tracks()), mask));
        while (frames.size() > maxFrames) {
            frames.removeFirst();
        }
    }

    /** Frames held (all anonymised). */
    public int buffered() {
        return frames.size();
    }

    /** Writes the buffered frames as a clip for an event of this type; empty when the type gets none or on error. */
    public Optional<String> clip(String eventType) {
        String type = eventType != null && eventType.startsWith(EventType.CLOUD_EVENT_TYPE_PREFIX)
                ? eventType.substring(EventType.CLOUD_EVENT_TYPE_PREFIX.length()) : eventType;
        if (type == null || !eventTypes.contains(type) || frames.isEmpty()) {
            return Optional.empty();
        }
        EvidenceId id = EvidenceId.random();
        Path part = dir.resolve(id.value() + ".avi.part");
        try {
            Files.createDirectories(dir);
            write(part, List.copyOf(frames));
            ObjectNode sidecar = JSON.createObjectNode().put("camera", camera).put("event_type", type)
                    .put("created", clock.instant().toString()).put("blurred", true).put("kind", "clip")
                    .put("frames", frames.size()).put("fps", fps);
            Files.write(id.sidecar(dir), JSON.writeValueAsBytes(sidecar));
            Files.move(part, id.clip(dir), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("evidence {} stored: blurred clip of {} on camera {} ({} frames)", id, type, camera,
                    frames.size());
            return Optional.of(id.reference());
        } catch (IOException | RuntimeException e) {
            LOG.warn("clip of {} on camera {} not stored: {}", type, camera, e.toString(), e);
            deleteQuietly(part);
            deleteQuietly(id.sidecar(dir));
            return Optional.empty();
        }
    }

    private void write(Path file, List<byte[]> jpegs) throws IOException {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), Math.max(2, width & ~1),
                Math.max(2, height & ~1), 0);
        recorder.setFormat("avi");
        recorder.setVideoCodec(AV_CODEC_ID_MJPEG);
        recorder.setPixelFormat(AV_PIX_FMT_YUVJ420P);
        recorder.setVideoQuality(2);
        recorder.setFrameRate(fps);
        try (OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            recorder.start();
            for (byte[] jpeg : jpegs) {
                try (PointerScope scope = new PointerScope()) {
                    Mat image = imdecode(new Mat(jpeg), IMREAD_COLOR);
                    recorder.record(converter.convert(image));
                }
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot write clip " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception e) {
                LOG.warn("cannot release the recorder of {}: {}", file, e.toString(), e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString(), e);
        }
    }
}
