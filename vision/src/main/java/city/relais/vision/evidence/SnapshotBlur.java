package city.relais.vision.evidence;

import static org.bytedeco.opencv.global.opencv_core.BORDER_ISOLATED;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REFLECT_101;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.erode;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.PrivacyMask;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Turns a frame into the JPEG bytes of its anonymised copy, all in memory: masks blacked out, every area pixelated
 * (at most {@link #BLOCKS} blocks along its longer side, so the detail is gone, not hidden) then smoothed with a
 * Gaussian of half a block, the seams between overlapping areas smoothed, masks blacked out again, then encoded. The
 * caller's frame is never changed, and no unblurred pixel is ever returned: the only output is the encoded anonymised
 * image.
 */
final class SnapshotBlur {

    /** An area becomes at most this many blocks along its longer side. */
    static final int BLOCKS = 8;
    /** Smallest block, in pixels (small, distant plates and persons). */
    static final int MIN_BLOCK = 8;
    /** Sigma, in pixels, of the final smoothing over all anonymised areas. */
    static final double SEAM_SIGMA = 2;
    /** Side of a JPEG block (luma), in pixels. */
    static final int JPEG_BLOCK = 8;
    /** JPEG quality of stored snapshots. */
    static final int JPEG_QUALITY = 95;

    private SnapshotBlur() {
    }

    /** The anonymised frame as JPEG. */
    static byte[] jpeg(ImageFrame frame, List<Box> areas, PrivacyMask mask) {
        int w = frame.width();
        int h = frame.height();
        byte[] pixels = frame.bgr().clone();
        mask.paint(w, h, pixels);
        try (PointerScope scope = new PointerScope()) {
            Mat image = new Mat(h, w, CV_8UC3);
            image.data().put(pixels);
            Mat union = new Mat(h, w, CV_8UC1, Scalar.all(0));
            for (Box area : areas) {
                Rect r = pixels(image, area);
                if (r != null) {
                    anonymise(image, r);
                    new Mat(union, r).put(Scalar.all(255));
                }
            }
            smoothSeams(image, union);
            image.data().get(pixels);
            mask.paint(w, h, pixels);
            image.data().put(pixels);
            BytePointer encoded = new BytePointer();
            if (!imencode(".jpg", image, encoded, new IntPointer(IMWRITE_JPEG_QUALITY, JPEG_QUALITY))) {
                throw new IllegalStateException("JPEG encoding of a " + w + "x" + h + " snapshot failed");
            }
            byte[] jpeg = new byte[(int) encoded.limit()];
            encoded.get(jpeg);
            return jpeg;
        }
    }

    /** Pixelates then smooths one area in place; the area's own pixels only (isolated from its surroundings). */
    static void anonymise(Mat image, Rect r) {
        int block = Math.max(MIN_BLOCK, (int) Math.ceil(Math.max(r.width(), r.height()) / (double) BLOCKS));
        Mat roi = new Mat(image, r);
        Mat small = new Mat();
        resize(roi, small, new Size(Math.max(1, r.width() / block), Math.max(1, r.height() / block)), 0, 0,
                INTER_AREA);
        Mat coarse = new Mat();
        resize(small, coarse, roi.size(), 0, 0, INTER_LINEAR);
        Mat smooth = new Mat();
        GaussianBlur(coarse, smooth, new Size(0, 0), block / 2.0, block / 2.0, BORDER_REFLECT_101 | BORDER_ISOLATED,
                0);
        smooth.copyTo(roi);
    }

    /**
     * Where anonymised areas overlap, each was smoothed on its own: a light Gaussian over the union of all areas
     * removes the steps between them (they carry no detail, but they are edges). Only pixels at least the kernel's
     * reach inside the union are smoothed, so that no pixel outside an area is pulled into one.
     */
    private static void smoothSeams(Mat image, Mat union) {
        int reach = (int) Math.ceil(3 * SEAM_SIGMA);
        Mat inner = new Mat();
        erode(union, inner, getStructuringElement(MORPH_RECT, new Size(2 * reach + 1, 2 * reach + 1)));
        Mat soft = new Mat();
        GaussianBlur(image, soft, new Size(2 * reach + 1, 2 * reach + 1), SEAM_SIGMA);
        soft.copyTo(image, inner);
    }

    /**
     * The box in whole pixels, grown outwards to the 8×8 grid of JPEG blocks (so that no JPEG block mixes anonymised
     * and sharp pixels, whose ringing would put edges back into the area), or null when it covers no pixel.
     */
    static Rect pixels(Mat image, Box b) {
        int x1 = snapDown(Math.max(0, (int) Math.floor(b.x() * image.cols())));
        int y1 = snapDown(Math.max(0, (int) Math.floor(b.y() * image.rows())));
        int x2 = Math.min(image.cols(), snapUp((int) Math.ceil(b.x2() * image.cols())));
        int y2 = Math.min(image.rows(), snapUp((int) Math.ceil(b.y2() * image.rows())));
        return x2 > x1 && y2 > y1 ? new Rect(x1, y1, x2 - x1, y2 - y1) : null;
    }

    private static int snapDown(int v) {
        return v / JPEG_BLOCK * JPEG_BLOCK;
    }

    private static int snapUp(int v) {
        return (v + JPEG_BLOCK - 1) / JPEG_BLOCK * JPEG_BLOCK;
    }
}
