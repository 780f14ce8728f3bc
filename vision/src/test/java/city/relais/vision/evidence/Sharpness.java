package city.relais.vision.evidence;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import java.nio.file.Path;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * Test fixture: the high-frequency energy of an image area, as the variance of its Laplacian on the grey image (the
 * usual focus / blur measure: readable faces and plates have strong edges, a blurred area has almost none).
 */
final class Sharpness {

    private final Mat grey;

    private Sharpness(Mat bgr) {
        grey = new Mat();
        cvtColor(bgr, grey, COLOR_BGR2GRAY);
    }

    static Sharpness of(ImageFrame frame) {
        Mat bgr = new Mat(frame.height(), frame.width(), CV_8UC3);
        bgr.data().put(frame.bgr());
        return new Sharpness(bgr);
    }

    /** A stored JPEG, decoded with OpenCV. */
    static Sharpness ofJpeg(Path file) {
        Mat bgr = imread(file.toString(), IMREAD_COLOR);
        if (bgr.empty()) {
            throw new IllegalStateException("cannot decode " + file);
        }
        return new Sharpness(bgr);
    }

    int width() {
        return grey.cols();
    }

    int height() {
        return grey.rows();
    }

    /** Variance of the Laplacian inside a normalised box (clipped to the image). */
    double laplacianVariance(Box box) {
        Box b = box.clipped();
        int x1 = (int) Math.floor(b.x() * grey.cols());
        int y1 = (int) Math.floor(b.y() * grey.rows());
        int x2 = Math.min(grey.cols(), (int) Math.ceil(b.x2() * grey.cols()));
        int y2 = Math.min(grey.rows(), (int) Math.ceil(b.y2() * grey.rows()));
        try (Mat roi = new Mat(grey, new Rect(x1, y1, x2 - x1, y2 - y1)); Mat lap = new Mat();
             Mat mean = new Mat(); Mat std = new Mat()) {
            Laplacian(roi.clone(), lap, CV_64F);
            meanStdDev(lap, mean, std);
            double sd = ((DoubleIndexer) std.createIndexer()).get(0);
            return sd * sd;
        }
    }

    /** Mean grey level inside a normalised box. */
    double meanGrey(Box box) {
        Box b = box.clipped();
        int x1 = (int) Math.floor(b.x() * grey.cols());
        int y1 = (int) Math.floor(b.y() * grey.rows());
        int x2 = Math.min(grey.cols(), (int) Math.ceil(b.x2() * grey.cols()));
        int y2 = Math.min(grey.rows(), (int) Math.ceil(b.y2() * grey.rows()));
        try (Mat roi = new Mat(grey, new Rect(x1, y1, x2 - x1, y2 - y1)); Mat mean = new Mat(); Mat std = new Mat()) {
            meanStdDev(roi, mean, std);
            return ((DoubleIndexer) mean.createIndexer()).get(0);
        }
    }
}
