package city.relais.vision.pipeline;

import city.relais.models.ImageFrame;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_video.BackgroundSubtractorMOG2;

/**
 * Background-subtraction motion detector (OpenCV MOG2 on a downscaled grey frame). Reports the fraction of the frame
 * in motion (shadows excluded). Not thread-safe; close to release native memory.
 */
final class MotionDetector implements AutoCloseable {

    private static final int HISTORY = 300;
    private static final double VAR_THRESHOLD = 16;
    private static final int FOREGROUND = 200;

    private final int scaleWidth;
    private final BackgroundSubtractorMOG2 mog2;
    private final Mat src = new Mat();
    private final Size size = new Size();
    private final Mat small = new Mat();
    private final Mat grey = new Mat();
    private final Mat foreground = new Mat();
    private final Mat binary = new Mat();

    MotionDetector(int scaleWidth) {
        this.scaleWidth = scaleWidth;
        this.mog2 = opencv_video.createBackgroundSubtractorMOG2(HISTORY, VAR_THRESHOLD, true);
    }

    /**
     * Feeds a frame and returns the fraction (0..1) of its pixels in motion. The buffers are reused while the frame
     * size stays the same (no native allocation per frame).
     */
    double update(ImageFrame frame) {
        if (src.cols() != frame.width() || src.rows() != frame.height()) {
            src.create(frame.height(), frame.width(), opencv_core.CV_8UC3);
            int w = Math.min(scaleWidth, frame.width());
            size.width(w).height(Math.max(1, (int) Math.round((double) frame.height() * w / frame.width())));
        }
        src.data().put(frame.bgr());
        opencv_imgproc.resize(src, small, size, 0, 0, opencv_imgproc.INTER_AREA);
        opencv_imgproc.cvtColor(small, grey, opencv_imgproc.COLOR_BGR2GRAY);
        mog2.apply(grey, foreground);
        opencv_imgproc.threshold(foreground, binary, FOREGROUND, 255, opencv_imgproc.THRESH_BINARY);
        return (double) opencv_core.countNonZero(binary) / (binary.rows() * (double) binary.cols());
    }

    @Override
    public void close() {
        mog2.close();
        src.close();
        size.close();
        small.close();
        grey.close();
        foreground.close();
        binary.close();
    }
}
