package city.relais.models;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Test fixture: decodes one frame of a real clip with JavaCV (test scope only) into a packed BGR {@link ImageFrame}. */
public final class ClipFrames {

    private ClipFrames() {
    }

    /** The {@code number}-th frame (1-based, as in MOT ground truth). */
    public static ImageFrame frame(Path clip, int number) throws Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            Frame frame = null;
            for (int i = 0; i < number; i++) {
                frame = grabber.grabImage();
                if (frame == null) {
                    throw new IllegalArgumentException(clip + " has fewer than " + number + " frames");
                }
            }
            return toImageFrame(frame);
        }
    }

    private static ImageFrame toImageFrame(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        if (frame.imageChannels != 3 || frame.imageDepth != Frame.DEPTH_UBYTE) {
            throw new IllegalStateException("expected 8-bit BGR, got " + frame.imageChannels + " channels, depth "
                    + frame.imageDepth);
        }
        ByteBuffer src = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] bgr = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            src.get(y * stride, bgr, y * w * 3, w * 3);
        }
        return new ImageFrame(w, h, bgr);
    }
}
