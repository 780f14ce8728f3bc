package city.relais.vision.skill;

import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;
import city.relais.vision.track.Track;

import java.util.Collection;
import java.util.Set;

/**
 * Cells of 4×4 blocks over a {@link BlockImage}, and the change test the skills share: a cell has <em>changed</em>
 * against a reference when the current blocks cannot be explained as the reference under another lighting. The
 * lighting model is affine in grey level plus a linear ramp across the cell ({@code cur ≈ a·ref + b + gx·x + gy·y},
 * gain {@code a} limited to 0.35..3), so a slow dusk, a cloud, a soft shadow or a headlight beam leave a small residual
 * while an object (new texture, new edges) leaves a large one.
 */
public final class CellGrid {

    /** Blocks per cell side. */
    public static final int SIDE = 4;
    private static final int N = SIDE * SIDE;
    private static final double MIN_GAIN = 0.35;
    private static final double MAX_GAIN = 3.0;
    private static final double RIDGE = N * 4.0;
    private static final double SXX = 20.0;

    private final int blockCols;
    private final int cols;
    private final int rows;

    public CellGrid(int blockCols, int blockRows) {
        this.blockCols = blockCols;
        this.cols = blockCols / SIDE;
        this.rows = blockRows / SIDE;
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("frame too small for the pixel rules: " + blockCols + "x" + blockRows
                    + " blocks");
        }
    }

    public static CellGrid of(BlockImage image) {
        return new CellGrid(image.cols(), image.rows());
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public int size() {
        return cols * rows;
    }

    /** The cell's box in normalised image coordinates. */
    public Box box(int cell) {
        double w = 1.0 / cols;
        double h = 1.0 / rows;
        return new Box((cell % cols) * w, (cell / cols) * h, w, h);
    }

    /** The bounding box of a group of cells, normalised image coordinates. */
    public Box bounds(java.util.BitSet cells) {
        double x1 = 1;
        double y1 = 1;
        double x2 = 0;
        double y2 = 0;
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            Box b = box(c);
            x1 = Math.min(x1, b.x());
            y1 = Math.min(y1, b.y());
            x2 = Math.max(x2, b.x2());
            y2 = Math.max(y2, b.y2());
        }
        return new Box(x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
    }

    /**
     * Ground area (m²) of an object made of {@code cells}: the area of its cells, or half its bounding box when larger
     * (a uniform object shows change on its edges only).
     */
    public double groundArea(java.util.BitSet cells, city.relais.vision.geometry.GroundCalibration calibration) {
        double sum = 0;
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            sum += calibration.area(box(c));
        }
        return Math.max(sum, 0.5 * calibration.area(bounds(cells)));
    }

    public ImagePoint centre(int cell) {
        return new ImagePoint((cell % cols + 0.5) / cols, (cell / cols + 0.5) / rows);
    }

    /** The cells whose centre lies in the zone. */
    public boolean[] cellsIn(Zone zone) {
        boolean[] in = new boolean[size()];
        for (int c = 0; c < in.length; c++) {
            in[c] = zone.contains(centre(c));
        }
        return in;
    }

    /** The cells whose centre lies inside a track box of one of {@code labels} (each box grown by 10 % a side). */
    public boolean[] covered(Collection<Track> tracks, Set<String> labels) {
        boolean[] covered = new boolean[size()];
        for (Track t : tracks) {
            if (!labels.contains(t.label())) {
                continue;
            }
            Box b = t.box();
            double x1 = b.x() - 0.1 * b.w();
            double x2 = b.x2() + 0.1 * b.w();
            double y1 = b.y() - 0.1 * b.h();
            double y2 = b.y2() + 0.1 * b.h();
            for (int c = 0; c < covered.length; c++) {
                ImagePoint p = centre(c);
                if (p.x() >= x1 && p.x() <= x2 && p.y() >= y1 && p.y() <= y2) {
                    covered[c] = true;
                }
            }
        }
        return covered;
    }

    /**
     * The residual (RMS grey levels) of cell {@code cell} of {@code current} once the best lighting change of
     * {@code reference} is taken away.
     */
    public double residual(float[] current, float[] reference, int cell) {
        int bx0 = (cell % cols) * SIDE;
        int by0 = (cell / cols) * SIDE;
        double[] c = new double[N];
        double[] r = new double[N];
        double cm = 0;
        double rm = 0;
        for (int i = 0; i < N; i++) {
            int idx = (by0 + i / SIDE) * blockCols + bx0 + i % SIDE;
            c[i] = current[idx];
            r[i] = reference[idx];
            cm += c[i];
            rm += r[i];
        }
        cm /= N;
        rm /= N;
        double srr = 0;
        double srx = 0;
        double sry = 0;
        double src = 0;
        double sxc = 0;
        double syc = 0;
        for (int i = 0; i < N; i++) {
            c[i] -= cm;
            r[i] -= rm;
            double x = i % SIDE - 1.5;
            double y = i / SIDE - 1.5;
            srr += r[i] * r[i];
            srx += r[i] * x;
            sry += r[i] * y;
            src += r[i] * c[i];
            sxc += x * c[i];
            syc += y * c[i];
        }
        // normal equations for (a, gx, gy) with a ridge pulling a towards 1; x and y are orthogonal, Sxx = Syy = 20
        double a11 = srr + RIDGE;
        double b1 = src + RIDGE;
        // eliminate gx, gy: gx = (sxc - a*srx)/SXX, gy = (syc - a*sry)/SXX
        double denom = a11 - (srx * srx + sry * sry) / SXX;
        double a = denom > 1e-9 ? (b1 - (srx * sxc + sry * syc) / SXX) / denom : 1.0;
        a = Math.max(MIN_GAIN, Math.min(MAX_GAIN, a));
        double gx = (sxc - a * srx) / SXX;
        double gy = (syc - a * sry) / SXX;
        double ss = 0;
        for (int i = 0; i < N; i++) {
            double e = c[i] - a * r[i] - gx * (i % SIDE - 1.5) - gy * (i / SIDE - 1.5);
            ss += e * e;
        }
        return Math.sqrt(ss / N);
    }

    /** The residual of every cell. */
    public double[] residuals(float[] current, float[] reference) {
        double[] out = new double[size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = residual(current, reference, c);
        }
        return out;
    }

    /** The median of {@code values} (a copy is sorted). */
    public static double median(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy.length == 0 ? 0 : copy[copy.length / 2];
    }
}
