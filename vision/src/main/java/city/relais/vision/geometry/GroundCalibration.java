package city.relais.vision.geometry;

import city.relais.config.camera.CalibrationPoint;
import city.relais.config.camera.GroundPoint;
import java.util.List;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.global.opencv_calib3d;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Ground calibration: the homography from normalised image coordinates to a ground plane in metres, fitted (least
 * squares, OpenCV {@code findHomography}) on at least 4 image-to-ground pairs. Gives positions, distances and speeds in
 * metres measured at the boxes' bottom-centres. Immutable and thread-safe.
 */
public final class GroundCalibration {

    private final double[] h;
    private final double reprojectionError;

    private GroundCalibration(double[] h, double reprojectionError) {
        this.h = h;
        this.reprojectionError = reprojectionError;
    }

    /**
     * Fits the homography.
     *
     * @throws IllegalArgumentException with fewer than 4 pairs or a degenerate layout (e.g. three points on a line)
     */
    public static GroundCalibration fit(List<CalibrationPoint> pairs) {
        if (pairs.size() < CalibrationPoint.MIN_PAIRS) {
            throw new IllegalArgumentException("a ground calibration needs at least " + CalibrationPoint.MIN_PAIRS
                    + " image-to-ground pairs, got " + pairs.size());
        }
        if (!hasFourInGeneralPosition(pairs)) {
            throw new IllegalArgumentException("the calibration points are degenerate: at least 4 of them must have "
                    + "no three on one line, on the image and on the ground");
        }
        double[] h = homography(pairs);
        GroundCalibration fitted = new GroundCalibration(h, 0);
        double worst = 0;
        for (CalibrationPoint p : pairs) {
            GroundPoint g = fitted.toGround(new ImagePoint(p.image().x(), p.image().y()));
            worst = Math.max(worst, Math.hypot(g.x() - p.ground().x(), g.y() - p.ground().y()));
        }
        return new GroundCalibration(h, worst);
    }

    private static boolean hasFourInGeneralPosition(List<CalibrationPoint> pairs) {
        int n = pairs.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    for (int d = c + 1; d < n; d++) {
                        if (noThreeOnALine(pairs, a, b, c, d)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean noThreeOnALine(List<CalibrationPoint> pairs, int... idx) {
        for (int skip = 0; skip < 4; skip++) {
            CalibrationPoint[] t = new CalibrationPoint[3];
            int k = 0;
            for (int i = 0; i < 4; i++) {
                if (i != skip) {
                    t[k++] = pairs.get(idx[i]);
                }
            }
            double image = area(t[0].image().x(), t[0].image().y(), t[1].image().x(), t[1].image().y(),
                    t[2].image().x(), t[2].image().y());
            double ground = area(t[0].ground().x(), t[0].ground().y(), t[1].ground().x(), t[1].ground().y(),
                    t[2].ground().x(), t[2].ground().y());
            if (Math.abs(image) < 1e-9 || Math.abs(ground) < 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static double area(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static double[] homography(List<CalibrationPoint> pairs) {
        int n = pairs.size();
        try (Mat src = new Mat(n, 1, opencv_core.CV_64FC2); Mat dst = new Mat(n, 1, opencv_core.CV_64FC2)) {
            try (DoubleIndexer si = src.createIndexer(); DoubleIndexer di = dst.createIndexer()) {
                for (int i = 0; i < n; i++) {
                    CalibrationPoint p = pairs.get(i);
                    si.put(i, 0, 0, p.image().x());
                    si.put(i, 0, 1, p.image().y());
                    di.put(i, 0, 0, p.ground().x());
                    di.put(i, 0, 1, p.ground().y());
                }
            }
            try (Mat hm = opencv_calib3d.findHomography(src, dst)) {
                if (hm.empty() || hm.rows() != 3 || hm.cols() != 3) {
                    throw new IllegalArgumentException("the calibration points are degenerate (no homography): "
                            + "use at least 4 points, no three of them on one line");
                }
                double[] h = new double[9];
                try (DoubleIndexer hi = hm.createIndexer()) {
                    for (int i = 0; i < 9; i++) {
                        h[i] = hi.get(i / 3, i % 3);
                    }
                }
                return h;
            }
        }
    }

    /** The ground position (metres) of an image point. */
    public GroundPoint toGround(ImagePoint p) {
        double w = h[6] * p.x() + h[7] * p.y() + h[8];
        if (Math.abs(w) < 1e-12) {
            throw new IllegalArgumentException("image point " + p + " lies on the horizon of this calibration");
        }
        return new GroundPoint((h[0] * p.x() + h[1] * p.y() + h[2]) / w, (h[3] * p.x() + h[4] * p.y() + h[5]) / w);
    }

    /** The ground position of a box: its bottom-centre. */
    public GroundPoint toGround(Box box) {
        return toGround(box.bottomCentre());
    }

    /** Ground area in m² of an image box: the quadrilateral its four corners map to. */
    public double area(Box box) {
        GroundPoint[] q = {
            toGround(new ImagePoint(box.x(), box.y())),
            toGround(new ImagePoint(box.x2(), box.y())),
            toGround(new ImagePoint(box.x2(), box.y2())),
            toGround(new ImagePoint(box.x(), box.y2()))};
        double s = 0;
        for (int i = 0; i < 4; i++) {
            GroundPoint p = q[i];
            GroundPoint n = q[(i + 1) % 4];
            s += p.x() * n.y() - n.x() * p.y();
        }
        return Math.abs(s) / 2;
    }

    /** Distance in metres between two objects on the ground. */
    public double distance(Box a, Box b) {
        GroundPoint ga = toGround(a);
        GroundPoint gb = toGround(b);
        return Math.hypot(ga.x() - gb.x(), ga.y() - gb.y());
    }

    /** Speed in metres per second of an object seen at {@code before} then {@code after}, {@code seconds} apart. */
    public double speed(Box before, Box after, double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("seconds must be > 0, got " + seconds);
        }
        return distance(before, after) / seconds;
    }

    /** The largest distance (metres) between a calibration pair's ground point and its fitted position. */
    public double reprojectionError() {
        return reprojectionError;
    }
}
