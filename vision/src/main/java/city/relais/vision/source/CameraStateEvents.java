package city.relais.vision.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import city.relais.event.CityEvent;
import city.relais.event.EventType;

/**
 * Turns a camera source's up/down reports into {@code camera.down} and {@code camera.up} city events, explained
 * (the reason, how long the camera was down), for the hub: street lights go back to their program while a camera
 * is down. The first "up" of a camera is not an event; only a recovery after a "down" is.
 */
public final class CameraStateEvents implements SourceListener {

    private final Consumer<CityEvent> sink;
    private final Clock clock;
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();

    public CameraStateEvents(Consumer<CityEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void onDown(String cameraId, String reason) {
        Instant now = clock.instant();
        if (downSince.putIfAbsent(cameraId, now) == null) {
            sink.accept(CityEvent.builder(EventType.CAMERA_DOWN, cameraId).time(now)
                    .explanation("camera " + cameraId + " down: " + reason).build());
        }
    }

    @Override
    public void onUp(String cameraId) {
        Instant since = downSince.remove(cameraId);
        if (since != null) {
            Instant now = clock.instant();
            double seconds = Duration.between(since, now).toMillis() / 1000.0;
            sink.accept(CityEvent.builder(EventType.CAMERA_UP, cameraId).time(now)
                    .measurement("downForSeconds", seconds)
                    .explanation("camera " + cameraId + " back after " + Math.round(seconds) + " s").build());
        }
    }
}
