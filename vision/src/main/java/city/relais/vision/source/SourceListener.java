package city.relais.vision.source;

/**
 * What a camera source reports, called on its decode thread (keep it short; the hub turns these into
 * {@code camera.down} / {@code camera.up} events).
 */
public interface SourceListener {

    /** The source is open and delivering frames (again). */
    void onUp(String cameraId);

    /** The source failed or stalled; {@code reason} says why. Reported once per outage. */
    void onDown(String cameraId, String reason);

    /** A file source reached its end. */
    default void onEnd(String cameraId) {
    }

    /** A live source will try again after {@code delayMillis} (attempt counts from 1 within one outage). */
    default void onRetry(String cameraId, int attempt, long delayMillis) {
    }
}
