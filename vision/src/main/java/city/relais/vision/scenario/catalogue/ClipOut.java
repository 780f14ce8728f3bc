package city.relais.vision.scenario.catalogue;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a scenario clip: MJPEG in AVI at a fixed frame rate, frames in BGR. */
final class ClipOut implements AutoCloseable {

    private final FFmpegFrameRecorder recorder;
    private final OpenCVFrameConverter.ToMat conv = new OpenCVFrameConverter.ToMat();
    private int frames;

    ClipOut(Path file, int width, int height, double fps) throws IOException {
        recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        recorder.setFormat("avi");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
        recorder.setFrameRate(fps);
        recorder.setVideoQuality(2);
        try {
            recorder.start();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Mat bgr) throws IOException {
        try {
            recorder.record(conv.convert(bgr));
            frames++;
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot write frame " + frames + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            recorder.close();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot finish the clip: " + e.getMessage(), e);
        }
        conv.close();
    }
}
