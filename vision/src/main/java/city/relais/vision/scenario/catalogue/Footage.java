package city.relais.vision.scenario.catalogue;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Real footage for composites: decoded frames, an empty-road background, crops and pastes. BGR {@link Mat}s. */
final class Footage {

    private Footage() {
    }

    /** The shared clip {@code clips/NAME}, or an {@link IllegalStateException} naming it when missing. */
    static Path clip(Path shared, String name) {
        if (shared == null) {
            throw new IllegalStateException("this scenario is a composite on clips/" + name + ": no shared folder");
        }
        Path p = shared.resolve("clips").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("this scenario is a composite on " + p + ", which is missing");
        }
        return p;
    }

    /** Frames {@code from..to} (inclusive, 0-based) of a clip, decoded to BGR and cloned. */
    static List<Mat> frames(Path clip, int from, int to) throws IOException {
        List<Mat> out = new ArrayList<>();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(clip.toFile());
             OpenCVFrameConverter.ToMat conv = new OpenCVFrameConverter.ToMat()) {
            g.start();
            int i = 0;
            Frame f;
            while (i <= to && (f = g.grabImage()) != null) {
                if (i >= from) {
                    out.add(conv.convert(f).clone());
                }
                i++;
            }
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode " + clip + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IOException("no frame " + from + ".." + to + " in " + clip);
        }
        return out;
    }

    /** The per-pixel median of frames: moving traffic vanishes, the empty road stays. */
    static Mat median(List<Mat> frames) {
        Mat first = frames.get(0);
        int n = frames.size();
        int len = first.rows() * first.cols() * first.channels();
        byte[][] all = new byte[n][len];
        for (int k = 0; k < n; k++) {
            frames.get(k).data().get(all[k]);
        }
        byte[] out = new byte[len];
        int[] v = new int[n];
        for (int i = 0; i < len; i++) {
            for (int k = 0; k < n; k++) {
                v[k] = all[k][i] & 0xff;
            }
            Arrays.sort(v);
            out[i] = (byte) v[n / 2];
        }
        Mat m = first.clone();
        m.data().put(out);
        return m;
    }

    /** A copy of a rectangle of a frame. */
    static Mat crop(Mat frame, int x, int y, int w, int h) {
        return new Mat(frame, new Rect(x, y, w, h)).clone();
    }

    /**
     * Pastes {@code sprite} scaled by {@code scale}, its bottom-centre at ({@code cx}, {@code bottom}) in normalised
     * image coordinates; what falls outside the frame is cut.
     */
    static void paste(Mat dst, Mat sprite, double cx, double bottom, double scale) {
        int w = Math.max(2, (int) Math.round(sprite.cols() * scale));
        int h = Math.max(2, (int) Math.round(sprite.rows() * scale));
        try (Mat scaled = new Mat()) {
            opencv_imgproc.resize(sprite, scaled, new Size(w, h), 0, 0, opencv_imgproc.INTER_AREA);
            int x = (int) Math.round(cx * dst.cols() - w / 2.0);
            int y = (int) Math.round(bottom * dst.rows() - h);
            int x1 = Math.max(0, x);
            int y1 = Math.max(0, y);
            int x2 = Math.min(dst.cols(), x + w);
            int y2 = Math.min(dst.rows(), y + h);
            if (x2 <= x1 || y2 <= y1) {
                return;
            }
            try (Mat src = new Mat(scaled, new Rect(x1 - x, y1 - y, x2 - x1, y2 - y1));
                 Mat target = new Mat(dst, new Rect(x1, y1, x2 - x1, y2 - y1))) {
                src.copyTo(target);
            }
        }
    }
}
