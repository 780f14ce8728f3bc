package city.relais.vision.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.Camera;
import city.relais.config.camera.DetectionSettings;
import city.relais.vision.Shared;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Track;
import city.relais.vision.track.Tracker;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No cross-camera re-identification: each camera's pipeline numbers its own tracks from 1 and keeps its own state,
 * so a track id means nothing outside its camera and nothing one camera sees changes what another reports.
 */
class CrossCameraIsolationTest {

    private static final int FRAMES = 15;
    private static final DetectionSettings UNGATED = new DetectionSettings("yolox-nano", 0.1, false, 1);

    private static Camera camera(String id, String clip) {
        return new Camera(id, Shared.clip(clip).toString(), 5, null, List.of(), List.of(), Map.of(), Map.of(),
                List.of(), UNGATED);
    }

    private static List<DecodedFrame> frames(String clip) throws Exception {
        List<DecodedFrame> frames = new ArrayList<>();
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(Shared.clip(clip).toString()))) {
            for (int i = 0; i < FRAMES; i++) {
                frames.add(decoder.next());
            }
        }
        return frames;
    }

    private static List<List<Track>> run(CameraPipeline camera, List<DecodedFrame> frames, CameraPipeline other,
                                         List<DecodedFrame> otherFrames, List<List<Track>> otherOut) {
        List<List<Track>> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            DecodedFrame f = frames.get(i);
            out.add(camera.pipeline().process(f.index(), f.time(), f.image()).tracks());
            if (other != null) {
                DecodedFrame g = otherFrames.get(i);
                otherOut.add(other.pipeline().process(g.index(), g.time(), g.image()).tracks());
            }
        }
        return out;
    }

    private static long minId(List<List<Track>> tracks) {
        return tracks.stream().flatMap(List::stream).mapToLong(Track::id).min().orElseThrow();
    }

    @Test
    void two_cameras_number_their_tracks_independently_and_share_no_state() throws Exception {
        List<DecodedFrame> street = frames("TUD-Stadtmitte.mp4");
        List<DecodedFrame> campus = frames("TUD-Campus.mp4");
        List<List<Track>> alone;
        try (CameraPipeline a = CameraPipelines.open(camera("street", "TUD-Stadtmitte.mp4"), Shared.registry())) {
            alone = run(a, street, null, null, null);
        }
        List<List<Track>> together;
        List<List<Track>> other = new ArrayList<>();
        try (CameraPipeline a = CameraPipelines.open(camera("street", "TUD-Stadtmitte.mp4"), Shared.registry());
             CameraPipeline b = CameraPipelines.open(camera("campus", "TUD-Campus.mp4"), Shared.registry())) {
            together = run(a, street, b, campus, other);
        }
        assertThat(alone.get(FRAMES - 1)).as("persons tracked on the street camera").hasSizeGreaterThanOrEqualTo(3);
        assertThat(other.get(FRAMES - 1)).as("persons tracked on the campus camera").isNotEmpty();
        assertThat(together).as("what the street camera reports does not depend on the campus camera")
                .isEqualTo(alone);
        assertThat(minId(together)).isEqualTo(1);
        assertThat(minId(other)).as("the campus camera numbers its own tracks from 1, whatever the street saw")
                .isEqualTo(1);
    }

    @Test
    void trackers_and_pipelines_hold_no_static_mutable_state() {
        for (Class<?> type : List.of(Tracker.class, DetectionPipeline.class, CameraPipelines.class, Track.class)) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    assertThat(Modifier.isFinal(f.getModifiers())).as(type.getSimpleName() + "." + f.getName())
                            .isTrue();
                    assertThat(f.getType()).as(type.getSimpleName() + "." + f.getName())
                            .matches(t -> t.isPrimitive() || t == String.class || t.isRecord() || t.isEnum(),
                                    "an immutable type");
                }
            }
        }
    }
}
