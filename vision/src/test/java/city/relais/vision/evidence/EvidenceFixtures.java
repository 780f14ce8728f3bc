package city.relais.vision.evidence;

import city.relais.config.EvidenceMode;
import city.relais.config.Privacy;
import city.relais.config.Retention;
import city.relais.config.camera.Camera;
import city.relais.config.camera.Polygon;
import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test fixture: cameras, privacy settings, tracks and scene frames for the evidence tests. */
final class EvidenceFixtures {

    static final Instant AT = Instant.parse("2026-11-28T19:00:00Z");

    private EvidenceFixtures() {
    }

    static Camera camera(String id, List<Polygon> masks) {
        return new Camera(id, "demo:" + id, 5, null, masks, List.of(), Map.of(), Map.of(), List.of());
    }

    static Privacy snapshotsFor(String... eventTypes) {
        return new Privacy(EvidenceMode.BLURRED_SNAPSHOT, List.of(eventTypes), Retention.defaults());
    }

    static Track track(long id, String label, Box box) {
        return new Track(id, label, 0.9, box, TrackState.CONFIRMED, 0, 0, 5, 0, 1, 0, List.of(box));
    }

    static List<Track> tracks(String label, List<Box> boxes) {
        List<Track> tracks = new ArrayList<>();
        for (Box b : boxes) {
            tracks.add(track(tracks.size() + 1, label, b));
        }
        return tracks;
    }

    static SceneFrame scene(String camera, ImageFrame image, List<Track> tracks) {
        return new SceneFrame(camera, 0, 0, AT, image, true, tracks, null);
    }
}
