package city.relais.vision.tool;

import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_NEAREST;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import city.relais.models.Detection;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Draws one frame's result on a BGR {@code Mat}: first every person (tracks of any state and this frame's
 * detections) is pixelated, box grown by a margin, so that evidence never shows a recognisable person; then zones,
 * confirmed tracks' boxes and {@code #id label score} tags.
 */
final class FrameAnnotator {

    /** Label whose boxes are pixelated. */
    static final String PERSON = "person";
    /** Each side of a person box grows by this fraction of its size before pixelation. */
    static final double MARGIN = 0.1;
    /** A person box becomes at most this many blocks along its longer side. */
    static final int BLOCKS = 8;

    private static final double[][] PALETTE = {{0, 200, 255}, {255, 160, 0}, {60, 220, 60}, {255, 0, 200},
            {0, 90, 255}, {200, 255, 0}, {180, 120, 255}, {0, 255, 255}};

    private final List<Zone> zones;

    FrameAnnotator(List<Zone> zones) {
        this.zones = List.copyOf(zones);
    }

    void draw(Mat image, FrameResult result) {
        try (PointerScope scope = new PointerScope()) {
            for (Box b : personBoxes(result)) {
                pixelate(image, b);
            }
            for (Zone z : zones) {
                drawZone(image, z);
            }
            for (Track t : result.confirmed()) {
                drawTrack(image, t);
            }
        }
    }

    static List<Box> personBoxes(FrameResult result) {
        List<Box> boxes = new ArrayList<>();
        for (Track t : result.tracks()) {
            if (PERSON.equals(t.label())) {
                boxes.add(t.box());
            }
        }
        for (Detection d : result.detections()) {
            if (PERSON.equals(d.label())) {
                boxes.add(Box.of(d));
            }
        }
        return boxes;
    }

    /** Replaces the (grown) box by blocks of its mean colour: at most {@link #BLOCKS} along the longer side. */
    static void pixelate(Mat image, Box box) {
        Rect r = pixels(image, new Box(box.x() - box.w() * MARGIN, box.y() - box.h() * MARGIN,
                box.w() * (1 + 2 * MARGIN), box.h() * (1 + 2 * MARGIN)).clipped());
        if (r == null) {
            return;
        }
        int block = Math.max(3, (int) Math.ceil(Math.max(r.width(), r.height()) / (double) BLOCKS));
        try (Mat roi = new Mat(image, r); Mat small = new Mat()) {
            resize(roi, small, new Size(Math.max(1, r.width() / block), Math.max(1, r.height() / block)), 0, 0,
                    INTER_AREA);
            resize(small, roi, roi.size(), 0, 0, INTER_NEAREST);
        }
    }

    /** The box in whole pixels, or null when it covers no pixel. */
    private static Rect pixels(Mat image, Box b) {
        int x1 = (int) Math.floor(b.x() * image.cols());
        int y1 = (int) Math.floor(b.y() * image.rows());
        int x2 = Math.min(image.cols(), (int) Math.ceil(b.x2() * image.cols()));
        int y2 = Math.min(image.rows(), (int) Math.ceil(b.y2() * image.rows()));
        return x2 > x1 && y2 > y1 ? new Rect(x1, y1, x2 - x1, y2 - y1) : null;
    }

    private static void drawZone(Mat image, Zone zone) {
        List<ImagePoint> pts = zone.outline();
        Scalar colour = new Scalar(255, 255, 255, 0);
        for (int i = 0; i < pts.size(); i++) {
            line(image, point(image, pts.get(i)), point(image, pts.get((i + 1) % pts.size())), colour, 1, LINE_AA, 0);
        }
        label(image, zone.name(), point(image, pts.get(0)), colour);
    }

    private static void drawTrack(Mat image, Track t) {
        Box b = t.box().clipped();
        double[] c = PALETTE[(int) (t.id() % PALETTE.length)];
        Scalar colour = new Scalar(c[0], c[1], c[2], 0);
        Point topLeft = point(image, new ImagePoint(b.x(), b.y()));
        rectangle(image, topLeft, point(image, new ImagePoint(b.x2(), b.y2())), colour, 2, LINE_8, 0);
        String tag = String.format(Locale.ROOT, "#%d %s %.2f", t.id(), t.label(), t.score());
        label(image, tag, new Point(topLeft.x(), Math.max(10, topLeft.y() - 3)), colour);
    }

    private static void label(Mat image, String text, Point at, Scalar colour) {
        double scale = Math.max(0.35, image.rows() / 900.0);
        putText(image, text, at, FONT_HERSHEY_SIMPLEX, scale, new Scalar(0, 0, 0, 0), 3, LINE_AA, false);
        putText(image, text, at, FONT_HERSHEY_SIMPLEX, scale, colour, 1, LINE_AA, false);
    }

    private static Point point(Mat image, ImagePoint p) {
        int x = (int) Math.round(Math.max(0, Math.min(1, p.x())) * (image.cols() - 1));
        int y = (int) Math.round(Math.max(0, Math.min(1, p.y())) * (image.rows() - 1));
        return new Point(x, y);
    }
}
