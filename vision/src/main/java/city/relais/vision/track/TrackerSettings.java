package city.relais.vision.track;

/**
 * Tracker parameters. The per-frame detection threshold ({@code min_score}, applied by the detector) is kept apart
 * from the per-track confirmation threshold ({@code confirmScore}).
 *
 * @param highScore        detections at or above it take part in the first association and may start tracks
 * @param lowScore         detections between it and {@code highScore} only extend existing confirmed tracks
 * @param confirmScore     a track is confirmed once the median score of its detections reaches it ...
 * @param confirmHits      ... and it has been matched this many times
 * @param firstMatchIou    minimum IoU, high-score detections against confirmed and lost tracks
 * @param secondMatchIou   minimum IoU, low-score detections against the remaining confirmed tracks
 * @param tentativeMatchIou minimum IoU, remaining high-score detections against tentative tracks
 * @param maxLostFrames    analysed frames a lost track is kept before it is dropped
 * @param historySize      boxes kept per track
 * @param moveFraction     the bottom-centre "moved" when it shifts by more than this fraction of the box height
 */
public record TrackerSettings(double highScore, double lowScore, double confirmScore, int confirmHits,
                              double firstMatchIou, double secondMatchIou, double tentativeMatchIou,
                              int maxLostFrames, int historySize, double moveFraction) {

    public TrackerSettings {
        if (!(lowScore >= 0 && lowScore <= highScore && highScore <= 1)) {
            throw new IllegalArgumentException("need 0 <= lowScore <= highScore <= 1, got " + lowScore + ", "
                    + highScore);
        }
        if (!(confirmScore >= 0 && confirmScore <= 1) || confirmHits < 1) {
            throw new IllegalArgumentException("confirmScore must be within 0..1 and confirmHits >= 1");
        }
        for (double iou : new double[] {firstMatchIou, secondMatchIou, tentativeMatchIou}) {
            if (!(iou > 0 && iou <= 1)) {
                throw new IllegalArgumentException("match IoU thresholds must be within (0, 1], got " + iou);
            }
        }
        if (maxLostFrames < 0 || historySize < 1 || !(moveFraction > 0)) {
            throw new IllegalArgumentException("need maxLostFrames >= 0, historySize >= 1, moveFraction > 0");
        }
    }

    /** ByteTrack's defaults, adapted: confirmation after 2 hits with a median score of 0.5. */
    public static TrackerSettings defaults() {
        return new TrackerSettings(0.5, 0.1, 0.5, 2, 0.2, 0.5, 0.3, 30, 64, 0.1);
    }

    public TrackerSettings withMaxLostFrames(int frames) {
        return new TrackerSettings(highScore, lowScore, confirmScore, confirmHits, firstMatchIou, secondMatchIou,
                tentativeMatchIou, frames, historySize, moveFraction);
    }

    public TrackerSettings withConfirmation(double score, int hits) {
        return new TrackerSettings(highScore, lowScore, score, hits, firstMatchIou, secondMatchIou,
                tentativeMatchIou, maxLostFrames, historySize, moveFraction);
    }
}
