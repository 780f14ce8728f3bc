package city.relais.vision.track;

import city.relais.vision.geometry.Box;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one tracked object.
 *
 * @param id                stable id, unique per camera (a tracker never links ids across cameras)
 * @param label             class by majority vote over the track's detections
 * @param score             score of the latest matched detection
 * @param box               the filtered box (the prediction while {@link TrackState#LOST})
 * @param state             life-cycle state
 * @param velocityX         centre velocity, normalised image widths per second
 * @param velocityY         centre velocity, normalised image heights per second
 * @param hits              detections matched so far
 * @param firstSeen         time of the first detection, seconds
 * @param lastSeen          time of the latest matched detection, seconds
 * @param stationarySeconds time since the bottom-centre last moved by more than the tracker's move threshold
 * @param history           recent boxes, oldest first, bounded
 */
public record Track(long id, String label, double score, Box box, TrackState state, double velocityX,
                    double velocityY, int hits, double firstSeen, double lastSeen, double stationarySeconds,
                    List<Box> history) {

    public Track {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
        if (id <= 0) {
            throw new IllegalArgumentException("track ids start at 1, got " + id);
        }
    }

    /** True for a confirmed track matched in the latest analysed frame (what is reported as a seen object). */
    public boolean isConfirmed() {
        return state == TrackState.CONFIRMED;
    }

    /** Speed of the centre in normalised units per second. */
    public double speed() {
        return Math.hypot(velocityX, velocityY);
    }
}
