package city.relais.vision.pipeline;

import city.relais.models.Detection;
import city.relais.vision.track.Track;
import java.util.List;

/**
 * What the pipeline made of one frame.
 *
 * @param frameIndex 0-based index of the frame in the input
 * @param time       frame time, seconds
 * @param analysed   true when the detector ran on this frame; false when motion gating skipped it (the tracks are
 *                   then the previous ones, unchanged)
 * @param detections the detector's output (empty when not analysed)
 * @param tracks     live tracks after this frame (tentative, confirmed, lost), by id
 */
public record FrameResult(long frameIndex, double time, boolean analysed, List<Detection> detections,
                          List<Track> tracks) {

    public FrameResult {
        detections = List.copyOf(detections);
        tracks = List.copyOf(tracks);
    }

    /** The confirmed tracks seen in the latest analysed frame: the objects to report. */
    public List<Track> confirmed() {
        return tracks.stream().filter(Track::isConfirmed).toList();
    }
}
