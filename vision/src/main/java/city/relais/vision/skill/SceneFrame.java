package city.relais.vision.skill;

import city.relais.models.ImageFrame;
import city.relais.vision.track.Track;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a skill sees of one frame: the masked pixels, the tracks, the signal states, and when it happened.
 *
 * @param camera     camera id
 * @param frameIndex 0-based index in the source
 * @param time       seconds since the source started (monotonic; what hold times are measured in)
 * @param at         wall-clock time of the frame (what events are stamped with)
 * @param image      the frame after privacy masks, BGR; skills read it, never keep it beyond their own models
 * @param analysed   true when the detector ran on this frame (tracks are fresh)
 * @param tracks     live tracks (tentative, confirmed, lost)
 * @param signals    signal state per approach, from the controller or a drawn signal-head region
 */
public record SceneFrame(String camera, long frameIndex, double time, Instant at, ImageFrame image, boolean analysed,
                         List<Track> tracks, SignalStates signals) {

    public SceneFrame {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(image, "image");
        tracks = List.copyOf(tracks);
        signals = signals == null ? SignalStates.UNKNOWN : signals;
    }

    /** The confirmed tracks: objects the tracker currently reports. */
    public List<Track> confirmed() {
        return tracks.stream().filter(Track::isConfirmed).toList();
    }
}
