package city.relais.vision.geometry;

import city.relais.config.camera.Polygon;
import city.relais.models.ImageFrame;
import java.util.Arrays;
import java.util.List;

/**
 * Privacy masks: areas painted black on every frame before any analysis. A pixel is masked when its centre lies in a
 * mask polygon (normalised 0..1). The pixel mask is computed once per frame size. Thread-safe.
 */
public final class PrivacyMask {

    private final List<Zone> areas;
    private volatile Raster raster;

    public PrivacyMask(List<Polygon> masks) {
        this.areas = masks.stream().map(p -> new Zone("mask", p)).toList();
    }

    /** No masks. */
    public static PrivacyMask none() {
        return new PrivacyMask(List.of());
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }

    /** The frame with masked pixels black: the same frame when there are no masks, else a painted copy. */
    public ImageFrame apply(ImageFrame frame) {
        if (areas.isEmpty()) {
            return frame;
        }
        byte[] bgr = frame.bgr().clone();
        paint(frame.width(), frame.height(), bgr);
        return new ImageFrame(frame.width(), frame.height(), bgr);
    }

    /** Paints the masked pixels of a packed BGR buffer black, in place. */
    public void paint(int width, int height, byte[] bgr) {
        Raster r = rasterFor(width, height);
        for (int y = 0; y < height; y++) {
            int[] runs = r.runs[y];
            for (int i = 0; i < runs.length; i += 2) {
                int from = (y * width + runs[i]) * 3;
                int to = (y * width + runs[i + 1]) * 3;
                Arrays.fill(bgr, from, to, (byte) 0);
            }
        }
    }

    /** True when pixel {@code (x, y)} of a frame of that size is masked. */
    public boolean masks(int width, int height, int x, int y) {
        int[] runs = rasterFor(width, height).runs[y];
        for (int i = 0; i < runs.length; i += 2) {
            if (x >= runs[i] && x < runs[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private Raster rasterFor(int width, int height) {
        Raster r = raster;
        if (r == null || r.width != width || r.height != height) {
            r = new Raster(width, height, rows(width, height));
            raster = r;
        }
        return r;
    }

    private int[][] rows(int width, int height) {
        int[][] runs = new int[height][];
        int[] buf = new int[width + 1];
        for (int y = 0; y < height; y++) {
            int n = 0;
            boolean open = false;
            double cy = (y + 0.5) / height;
            for (int x = 0; x <= width; x++) {
                boolean in = x < width && inside((x + 0.5) / width, cy);
                if (in != open) {
                    buf[n++] = x;
                    open = in;
                }
            }
            runs[y] = Arrays.copyOf(buf, n);
        }
        return runs;
    }

    private boolean inside(double x, double y) {
        ImagePoint p = new ImagePoint(x, y);
        for (Zone z : areas) {
            if (z.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private record Raster(int width, int height, int[][] runs) {
    }
}
