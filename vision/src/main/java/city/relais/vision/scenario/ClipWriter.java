package city.relais.vision.scenario;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;

import city.relais.models.ImageFrame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/** Writes frames as an AVI/MJPEG clip (high quality: a flashing light's colour survives) with JavaCV. */
public final class ClipWriter {

    private ClipWriter() {
    }

    /** Writes {@code frames} (all the same size, even width and height) at {@code fps} into {@code file}. */
    public static void write(Path file, List<ImageFrame> frames, double fps) throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("no frame to write to " + file);
        }
        int w = frames.get(0).width();
        int h = frames.get(0).height();
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), w, h, 0);
        r.setFrameRate(fps);
        r.setFormat("avi");
        r.setVideoCodec(AV_CODEC_ID_MJPEG);
        r.setPixelFormat(AV_PIX_FMT_YUVJ420P);
        r.setVideoQuality(2);
        try {
            r.start();
            try (Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, 3)) {
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                for (ImageFrame f : frames) {
                    buf.clear();
                    int stride = frame.imageStride;
                    for (int y = 0; y < h; y++) {
                        buf.position(y * stride);
                        buf.put(f.bgr(), y * w * 3, w * 3);
                    }
                    buf.rewind();
                    r.record(frame, org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24);
                }
            }
            r.stop();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            throw new IOException("cannot write scenario clip " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                r.release();
            } catch (FrameRecorder.Exception e) {
                // already failing or done
            }
        }
    }
}
