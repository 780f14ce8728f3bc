package city.relais.vision.tool;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;

import city.relais.models.ImageFrame;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.geometry.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Writes analysed frames with persons pixelated, then boxes, ids, labels and zones drawn ({@link FrameAnnotator}),
 * through JavaCV's {@code FFmpegFrameRecorder}. Opens on the first frame (its size decides the video's; odd sizes
 * are rounded down to even, as 4:2:0 chroma needs). Not thread-safe.
 */
final class AnnotatedVideo implements AutoCloseable {

    /** The containers written, by file extension. */
    enum Container {
        AVI_MJPEG, MP4_H264;

        static Container of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".avi")) {
                return AVI_MJPEG;
            }
            if (name.endsWith(".mp4")) {
                return MP4_H264;
            }
            throw new IllegalArgumentException("annotated video " + file + ": use a .avi (MJPEG) or .mp4 (H.264) "
                    + "file name");
        }
    }

    private final Path file;
    private final Container container;
    private final double fps;
    private final FrameAnnotator annotator;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private FFmpegFrameRecorder recorder;
    private Mat canvas;
    private long written;

    AnnotatedVideo(Path file, double fps, List<Zone> zones) {
        this.file = Objects.requireNonNull(file, "file");
        this.container = Container.of(file);
        if (!(fps > 0 && fps <= 120)) {
            throw new IllegalArgumentException("annotated video frame rate must be within (0, 120], got " + fps);
        }
        this.fps = fps;
        this.annotator = new FrameAnnotator(zones);
    }

    /** Pixelates persons, draws the result on a copy of the frame and appends it to the video. */
    void write(ImageFrame frame, FrameResult result) {
        if (recorder == null) {
            open(frame.width(), frame.height());
        } else if (canvas.cols() != frame.width() || canvas.rows() != frame.height()) {
            throw new IllegalArgumentException("annotated video " + file + " is " + canvas.cols() + "x"
                    + canvas.rows() + ", got a " + frame.width() + "x" + frame.height() + " frame");
        }
        canvas.data().put(frame.bgr());
        annotator.draw(canvas, result);
        try {
            recorder.record(converter.convert(canvas));
        } catch (FrameRecorder.Exception | RuntimeException e) {
            throw failure("writing frame " + written + " to", e);
        }
        written++;
    }

    long written() {
        return written;
    }

    private void open(int width, int height) {
        canvas = new Mat(height, width, org.bytedeco.opencv.global.opencv_core.CV_8UC3);
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), Math.max(2, width & ~1),
                Math.max(2, height & ~1), 0);
        r.setFrameRate(fps);
        if (container == Container.AVI_MJPEG) {
            r.setFormat("avi");
            r.setVideoCodec(AV_CODEC_ID_MJPEG);
            r.setPixelFormat(AV_PIX_FMT_YUVJ420P);
            r.setVideoQuality(4);
        } else {
            r.setFormat("mp4");
            r.setVideoCodec(AV_CODEC_ID_H264);
            r.setVideoCodecName("libopenh264");
            r.setPixelFormat(AV_PIX_FMT_YUV420P);
            r.setVideoBitrate(Math.max(400_000, width * height * 4));
        }
        try {
            r.start();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            release(r);
            throw failure("cannot start writing", e);
        }
        recorder = r;
    }

    private UncheckedIOException failure(String what, Exception e) {
        return new UncheckedIOException(new IOException(what + " annotated video " + file + " (" + container
                + "): " + e.getMessage(), e));
    }

    /** Finishes the file (trailer); a video with no frame is never created. */
    @Override
    public void close() {
        if (recorder != null) {
            try {
                recorder.stop();
            } catch (FrameRecorder.Exception | RuntimeException e) {
                throw failure("cannot finish", e);
            } finally {
                release(recorder);
                recorder = null;
                canvas.close();
                converter.close();
            }
        }
    }

    private static void release(FFmpegFrameRecorder r) {
        try {
            r.release();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AnnotatedVideo.class).warn("releasing the recorder failed", e);
        }
    }
}
