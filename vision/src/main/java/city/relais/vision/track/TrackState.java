package city.relais.vision.track;

/** Life cycle of a track. */
public enum TrackState {
    /** Seen, not yet confirmed (too few frames or too low a score): not reported as an object yet. */
    TENTATIVE,
    /** Confirmed and matched to a detection in the latest analysed frame. */
    CONFIRMED,
    /** Confirmed earlier, unmatched lately: kept on its predicted box for a while so it can be found again. */
    LOST
}
