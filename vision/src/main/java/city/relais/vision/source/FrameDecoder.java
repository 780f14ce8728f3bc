package city.relais.vision.source;

import city.relais.models.ImageFrame;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a file or stream with JavaCV's {@code FFmpegFrameGrabber} into packed BGR {@link ImageFrame}s, optionally
 * scaled, keeping only frames due at the analysis rate. Not thread-safe: one per decode thread.
 */
public final class FrameDecoder implements AutoCloseable {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final String uri;
    private final FFmpegFrameGrabber grabber;
    private final double interval;
    private long index = -1;
    private double nextDue;

    private FrameDecoder(String uri, FFmpegFrameGrabber grabber, double analysisFps) {
        this.uri = uri;
        this.grabber = grabber;
        this.interval = analysisFps > 0 ? 1.0 / analysisFps : 0;
    }

    /**
     * Opens a source.
     *
     * @throws SourceException when it cannot be opened (missing, empty, not a video, unreachable)
     */
    public static FrameDecoder open(SourceSettings settings) {
        String uri = settings.uri();
        Path file = SourceSettings.localFile(uri);
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new SourceException("video file " + file + " does not exist or is not a file");
            }
            if (fileSize(file) == 0) {
                throw new SourceException("video file " + file + " is empty (0 bytes)");
            }
        }
        FFmpegFrameGrabber grabber = file != null ? new FFmpegFrameGrabber(file.toFile()) : new FFmpegFrameGrabber(uri);
        GrabberOptions.apply(grabber, settings);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            String safe = settings.redactedUri();
            String message = "cannot open " + safe + ": " + String.valueOf(e.getMessage()).replace(uri, safe);
            // the library's exception repeats the uri: keep it out of logs when it holds credentials
            throw safe.equals(uri) ? new SourceException(message, e) : new SourceException(message);
        }
        return new FrameDecoder(settings.redactedUri(), grabber, settings.analysisFps());
    }

    /** The source's own frame rate (0 when unknown). */
    public double sourceFps() {
        return grabber.getFrameRate();
    }

    /**
     * The next frame due at the analysis rate, or null at the end of the input.
     *
     * @throws SourceException when decoding fails
     */
    public DecodedFrame next() {
        while (true) {
            Frame frame;
            try {
                frame = grabber.grabImage();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new SourceException("decoding " + uri + " failed after frame " + index + ": " + e.getMessage(), e);
            }
            if (frame == null) {
                return null;
            }
            index++;
            double time = frameTime(frame);
            if (interval > 0 && time + 1e-6 < nextDue) {
                continue;
            }
            nextDue = Math.max(nextDue + interval, time);
            return new DecodedFrame(index, time, toImage(frame));
        }
    }

    private double frameTime(Frame frame) {
        double fps = grabber.getFrameRate();
        if (frame.timestamp > 0 || index == 0) {
            return frame.timestamp / 1e6;
        }
        return fps > 0 ? index / fps : 0;
    }

    private ImageFrame toImage(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        if (w <= 0 || h <= 0 || frame.imageChannels != 3 || frame.imageDepth != Frame.DEPTH_UBYTE) {
            throw new SourceException(uri + " gave an unusable frame: " + w + "x" + h + ", "
                    + frame.imageChannels + " channels, depth " + frame.imageDepth);
        }
        ByteBuffer src = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] bgr = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            src.get(y * stride, bgr, y * w * 3, w * 3);
        }
        return new ImageFrame(w, h, bgr);
    }

    @Override
    public void close() {
        release(grabber);
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(FrameDecoder.class).warn("releasing the decoder failed", e);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new SourceException("cannot read video file " + file + ": " + e.getMessage(), e);
        }
    }
}
