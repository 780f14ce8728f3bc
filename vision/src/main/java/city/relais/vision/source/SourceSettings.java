package city.relais.vision.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to read one camera's source.
 *
 * @param uri            {@code rtsp://}, {@code rtsps://}, {@code http(s)://} (MJPEG or any FFmpeg input),
 *                       {@code file:} or a plain path
 * @param analysisFps    frames kept per second (others are skipped after decoding); 0 keeps every frame
 * @param width          analysis width in pixels, 0 keeps the source's (FFmpeg scales)
 * @param height         analysis height in pixels, 0 keeps the source's
 * @param realTime       files only: deliver frames at their presentation times instead of as fast as possible
 * @param connectTimeout live sources: time to wait when connecting
 * @param readTimeout    live sources: time a read may stall before the source counts as down
 */
public record SourceSettings(String uri, double analysisFps, int width, int height, boolean realTime,
                             Duration connectTimeout, Duration readTimeout) {

    public SourceSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("source uri must not be blank");
        }
        if (!(analysisFps >= 0 && analysisFps <= 60)) {
            throw new IllegalArgumentException("analysisFps must be within 0..60, got " + analysisFps);
        }
        if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
            throw new IllegalArgumentException("give both width and height (> 0) or neither, got " + width + "x"
                    + height);
        }
    }

    /** Every frame at the source's resolution, as fast as possible, 5 s timeouts. */
    public static SourceSettings of(String uri) {
        return new SourceSettings(uri, 0, 0, 0, false, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    public SourceSettings withAnalysisFps(double fps) {
        return new SourceSettings(uri, fps, width, height, realTime, connectTimeout, readTimeout);
    }

    public SourceSettings withSize(int w, int h) {
        return new SourceSettings(uri, analysisFps, w, h, realTime, connectTimeout, readTimeout);
    }

    public SourceSettings withRealTime(boolean on) {
        return new SourceSettings(uri, analysisFps, width, height, on, connectTimeout, readTimeout);
    }

    public SourceSettings withTimeouts(Duration connect, Duration read) {
        return new SourceSettings(uri, analysisFps, width, height, realTime, connect, read);
    }

    /** True for network sources (they reconnect); false for files (they end). */
    public boolean live() {
        return localFile(uri) == null;
    }

    /** The uri without user information (never log credentials). */
    public String redactedUri() {
        int scheme = uri.indexOf("://");
        int at = uri.indexOf('@');
        int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
        if (scheme >= 0 && at > scheme && (slash < 0 || at < slash)) {
            return uri.substring(0, scheme + 3) + "***@" + uri.substring(at + 1);
        }
        return uri;
    }

    /** The local file a uri names, or null for a network uri. */
    static Path localFile(String uri) {
        if (uri.startsWith("file:")) {
            return Path.of(URI.create(uri));
        }
        return uri.contains("://") ? null : Path.of(uri);
    }
}
