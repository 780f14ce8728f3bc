package city.relais.vision.skill;

import java.util.Arrays;

/**
 * Dual-background static-foreground model over a {@link CellGrid}: a <em>long-term</em> background (the scene as it
 * normally is; learned during a warm-up, then following slow lighting drift only where nothing is in front of it) and a
 * <em>short-term</em> one (the last second or two). A cell differs from the long-term background when something new is
 * there (in the current frame, or — less noisy, so fainter things show at night — in the short-term background); it
 * is <em>static</em> when the current frame also matches the short-term one (the new thing stopped moving). For each cell
 * the model keeps since when it has differed from the long-term background; cells hidden by a person or vehicle track
 * are frozen (and forgotten when hidden for longer than {@link #FORGET_COVERED_S}), so people walking past or standing
 * still are never taken for objects. A slowly drifting or shaken camera is followed by shifting the backgrounds
 * ({@link #register}).
 */
public final class StaticScene {

    /** Seconds of learning before anything is reported. */
    public static final double WARMUP_S = 2.0;
    /** Short-term background time constant, seconds. */
    public static final double SHORT_TAU_S = 1.5;
    /** Long-term background time constant (drift), seconds. */
    public static final double LONG_TAU_S = 120.0;
    /** A cell back to normal for this long loses its "changed since". */
    public static final double GRACE_S = 1.0;
    /** A cell hidden by a track for this long loses its "changed since". */
    public static final double FORGET_COVERED_S = 3.0;
    /** Lowest change threshold, RMS grey levels. */
    public static final double MIN_THRESHOLD = 4.0;
    /** Largest camera shift followed from one frame to the next, in blocks. */
    public static final int MAX_SHIFT = 2;
    /** A shift is taken when the same one wins on this many frames in a row (traffic does not move the camera). */
    public static final int SHIFT_FRAMES = 3;
    /** A shift is taken when it lowers the mean difference by this share. */
    public static final double SHIFT_GAIN = 0.08;
    /** Ghost when the long-term background has this many times the edges of the current frame. */
    public static final double GHOST_RATIO = 1.2;
    /** An object brings its outline: edges of the frame over the background's, around it, at least this. */
    public static final double MIN_EDGE_GAIN = 1.15;
    /** Lowest threshold between the short-term and the long-term background (less noisy: an average). */
    public static final double MIN_SETTLED_THRESHOLD = 2.5;
    /** Threshold = max(MIN_THRESHOLD, NOISE_FACTOR × the median residual of the frame). */
    public static final double NOISE_FACTOR = 3.5;

    private CellGrid grid;
    private float[] longTerm;
    private float[] shortTerm;
    private float[] reference;
    private double start = Double.NaN;
    private double last = Double.NaN;
    private double[] changedSince;
    private double[] lastChanged;
    private double[] coveredSince;
    private boolean[] changed;
    private boolean[] moving;
    private boolean[] differs;
    private boolean[] present;
    private int blockCols;
    private int pendingDx;
    private int pendingDy;
    private int pendingFrames;
    private double threshold = MIN_THRESHOLD;
    private double noise;
    private double settledNoise;

    /**
     * Feeds one frame.
     *
     * @param covered cells hidden by a track (person, vehicle), or null
     */
    public void update(BlockImage image, double time, boolean[] covered) {
        float[] cur = image.grey();
        if (grid == null || longTerm.length != cur.length) {
            grid = CellGrid.of(image);
            blockCols = image.cols();
            longTerm = cur.clone();
            shortTerm = cur.clone();
            changedSince = new double[grid.size()];
            lastChanged = new double[grid.size()];
            coveredSince = new double[grid.size()];
            Arrays.fill(changedSince, Double.NaN);
            Arrays.fill(lastChanged, Double.NaN);
            Arrays.fill(coveredSince, Double.NaN);
            changed = new boolean[grid.size()];
            moving = new boolean[grid.size()];
            differs = new boolean[grid.size()];
            present = new boolean[grid.size()];
            start = time;
            last = time;
            return;
        }
        double dt = Math.max(1e-3, time - last);
        last = time;
        if (warmingUp(time)) {
            blend(longTerm, cur, 0.3, null);
            blend(shortTerm, cur, 0.3, null);
            return;
        }
        if (reference == null) {
            reference = longTerm.clone();
        }
        register(image);
        double[] vsLong = grid.residuals(cur, longTerm);
        double[] vsShort = grid.residuals(cur, shortTerm);
        double[] settled = grid.residuals(shortTerm, longTerm);
        noise = 0.8 * noise + 0.2 * CellGrid.median(vsShort);
        settledNoise = 0.8 * settledNoise + 0.2 * CellGrid.median(settled);
        threshold = Math.max(MIN_THRESHOLD, NOISE_FACTOR * noise);
        double settledThreshold = Math.max(MIN_SETTLED_THRESHOLD, NOISE_FACTOR * settledNoise);
        for (int c = 0; c < grid.size(); c++) {
            boolean hidden = covered != null && covered[c];
            differs[c] = vsLong[c] > threshold;
            present[c] = vsLong[c] > 0.5 * threshold;
            changed[c] = differs[c] || settled[c] > settledThreshold;
            moving[c] = vsShort[c] > threshold;
            if (hidden) {
                if (Double.isNaN(coveredSince[c])) {
                    coveredSince[c] = time;
                } else if (time - coveredSince[c] > FORGET_COVERED_S) {
                    changedSince[c] = Double.NaN;
                    lastChanged[c] = Double.NaN;
                }
                changed[c] = false;
                moving[c] = false;
                differs[c] = false;
                present[c] = false;
                continue;
            }
            coveredSince[c] = Double.NaN;
            if (changed[c]) {
                if (Double.isNaN(changedSince[c])) {
                    changedSince[c] = time;
                }
                lastChanged[c] = time;
            } else if (!Double.isNaN(lastChanged[c]) && time - lastChanged[c] > GRACE_S) {
                changedSince[c] = Double.NaN;
                lastChanged[c] = Double.NaN;
            }
        }
        blend(shortTerm, cur, 1 - Math.exp(-dt / SHORT_TAU_S), null);
        boolean[] frozen = new boolean[grid.size()];
        for (int c = 0; c < frozen.length; c++) {
            frozen[c] = changed[c] || !Double.isNaN(changedSince[c]) || (covered != null && covered[c]);
        }
        blend(longTerm, cur, 1 - Math.exp(-dt / LONG_TAU_S), frozen);
    }

    /**
     * Follows a drifting or shaken camera: finds the whole-block shift (up to {@link #MAX_SHIFT} blocks) that best
     * lines the long-term background up with the frame (mean absolute difference, each image's mean removed, on every
     * other block) and, when it beats no shift by {@link #SHIFT_GAIN} on {@link #SHIFT_FRAMES} frames in a row, moves the backgrounds and the empty reference
     * by it (the uncovered border takes the frame's values).
     */
    private void register(BlockImage image) {
        float[] cur = image.grey();
        int cols = blockCols;
        int rows = cur.length / cols;
        double curMean = mean(cur);
        double longMean = mean(longTerm);
        double zero = Double.NaN;
        double best = Double.MAX_VALUE;
        int bx = 0;
        int by = 0;
        for (int dy = -MAX_SHIFT; dy <= MAX_SHIFT; dy++) {
            for (int dx = -MAX_SHIFT; dx <= MAX_SHIFT; dx++) {
                double sum = 0;
                int n = 0;
                for (int y = MAX_SHIFT; y < rows - MAX_SHIFT; y += 2) {
                    for (int x = MAX_SHIFT; x < cols - MAX_SHIFT; x += 2) {
                        sum += Math.abs((cur[y * cols + x] - curMean)
                                - (longTerm[(y + dy) * cols + x + dx] - longMean));
                        n++;
                    }
                }
                double sad = n == 0 ? 0 : sum / n;
                if (dx == 0 && dy == 0) {
                    zero = sad;
                }
                if (sad < best) {
                    best = sad;
                    bx = dx;
                    by = dy;
                }
            }
        }
        boolean candidate = (bx != 0 || by != 0) && best < (1 - SHIFT_GAIN) * zero;
        if (candidate && bx == pendingDx && by == pendingDy) {
            pendingFrames++;
        } else {
            pendingDx = candidate ? bx : 0;
            pendingDy = candidate ? by : 0;
            pendingFrames = candidate ? 1 : 0;
        }
        if (candidate && pendingFrames >= SHIFT_FRAMES) {
            pendingFrames = 0;
            longTerm = shifted(longTerm, cur, bx, by);
            shortTerm = shifted(shortTerm, cur, bx, by);
            reference = shifted(reference, cur, bx, by);
        }
    }

    private float[] shifted(float[] model, float[] cur, int dx, int dy) {
        int cols = blockCols;
        int rows = model.length / cols;
        float[] out = new float[model.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int sx = x + dx;
                int sy = y + dy;
                out[y * cols + x] = sx >= 0 && sy >= 0 && sx < cols && sy < rows ? model[sy * cols + sx]
                        : cur[y * cols + x];
            }
        }
        return out;
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s / v.length;
    }

    private void blend(float[] model, float[] cur, double alpha, boolean[] frozenCells) {
        for (int i = 0; i < model.length; i++) {
            if (frozenCells != null) {
                int cx = (i % blockCols) / CellGrid.SIDE;
                int cy = (i / blockCols) / CellGrid.SIDE;
                if (cx >= grid.cols() || cy >= grid.rows() || frozenCells[cy * grid.cols() + cx]) {
                    continue;
                }
            }
            model[i] += (float) (alpha * (cur[i] - model[i]));
        }
    }

    /** True while the background is still being learned (nothing is reported). */
    public boolean warmingUp(double time) {
        return Double.isNaN(start) || time - start < WARMUP_S;
    }

    public CellGrid grid() {
        return grid;
    }

    /** True when the cell differs from the long-term background in the latest frame. */
    public boolean changed(int cell) {
        return changed != null && changed[cell];
    }

    /** True when the cell also differs from the short-term background (something moves there). */
    public boolean moving(int cell) {
        return moving != null && moving[cell];
    }

    /** Seconds the cell has differed from the long-term background, 0 when it does not. */
    public double changedFor(int cell, double time) {
        return changedSince == null || Double.isNaN(changedSince[cell]) ? 0 : time - changedSince[cell];
    }

    /** When the cell started to differ, NaN when it does not. */
    public double changedSince(int cell) {
        return changedSince == null ? Double.NaN : changedSince[cell];
    }

    /** True when the current frame itself differs from the long-term background (not only the short-term model). */
    public boolean differs(int cell) {
        return differs != null && differs[cell];
    }

    /**
     * Static foreground now: changed, not moving, the current frame at least half the threshold away from the
     * long-term background (so a short-term model still fading after a removal does not count), for at least
     * {@code minS}.
     */
    public boolean staticFor(int cell, double time, double minS) {
        return changed(cell) && present[cell] && !moving(cell) && changedFor(cell, time) >= minS;
    }

    /** The current change threshold (RMS grey levels). */
    public double threshold() {
        return threshold;
    }

    /** The empty-state reference (the long-term background at the end of the warm-up, or the last capture). */
    public float[] reference() {
        return reference;
    }

    /** Captures the current long-term background as the empty-state reference. */
    public void captureReference() {
        if (longTerm != null) {
            reference = longTerm.clone();
        }
    }

    /**
     * True when the cells look like a <em>ghost</em>: the long-term background holds more edges there than the current
     * frame (something that was there while the background was learned has gone), rather than a new object (which
     * brings its own edges). Measured on the cells grown by one cell, as the sum of block-to-block grey steps.
     */
    public boolean ghost(java.util.BitSet cells, BlockImage image) {
        return edgeRatio(cells, image) < 1 / GHOST_RATIO;
    }

    /**
     * New objects in {@code area}: the cells static for at least {@code minS} seconds, grouped by
     * {@link CellComponents} (one-cell gaps bridged); a group that is a ghost (something that left while the background
     * was learned) is absorbed into the background on the way, and a group that brings no outline of its own (edges
     * below {@link #MIN_EDGE_GAIN} × the background's: a texture that only changed) is no object.
     */
    public java.util.List<java.util.BitSet> newObjects(boolean[] area, BlockImage image, double time, double minS) {
        java.util.BitSet candidate = new java.util.BitSet(grid.size());
        for (int c = 0; c < grid.size(); c++) {
            if (area[c] && staticFor(c, time, minS)) {
                candidate.set(c);
            }
        }
        java.util.List<java.util.BitSet> out = new java.util.ArrayList<>();
        for (java.util.BitSet group : CellComponents.of(candidate, grid.cols(), grid.rows(), 1, 2)) {
            double edges = edgeRatio(group, image);
            if (edges < 1 / GHOST_RATIO) {
                absorb(group, image);
            } else if (edges >= MIN_EDGE_GAIN) {
                out.add(group);
            }
        }
        return out;
    }

    /**
     * Edges of the current frame over edges of the long-term background on the cells grown by one cell: above 1 where
     * something new brings its outline, below 1 where something has gone (a ghost), near 1 where only the texture
     * changed (compression, blur).
     */
    public double edgeRatio(java.util.BitSet cells, BlockImage image) {
        java.util.BitSet grown = new java.util.BitSet(grid.size());
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            int x = c % grid.cols();
            int y = c / grid.cols();
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (x + dx >= 0 && y + dy >= 0 && x + dx < grid.cols() && y + dy < grid.rows()) {
                        grown.set((y + dy) * grid.cols() + x + dx);
                    }
                }
            }
        }
        double now = edges(grown, image.grey());
        double before = edges(grown, longTerm);
        return before <= 0 ? (now > 0 ? Double.MAX_VALUE : 1) : now / before;
    }

    private double edges(java.util.BitSet cells, float[] g) {
        double sum = 0;
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            int bx0 = (c % grid.cols()) * CellGrid.SIDE;
            int by0 = (c / grid.cols()) * CellGrid.SIDE;
            for (int y = by0; y < by0 + CellGrid.SIDE; y++) {
                for (int x = bx0; x < bx0 + CellGrid.SIDE; x++) {
                    int i = y * blockCols + x;
                    if (x + 1 < blockCols) {
                        sum += Math.abs(g[i + 1] - g[i]);
                    }
                    if (i + blockCols < g.length) {
                        sum += Math.abs(g[i + blockCols] - g[i]);
                    }
                }
            }
        }
        return sum;
    }

    /** Takes the current frame as the long-term background of these cells (a ghost repaired) and forgets them. */
    public void absorb(java.util.BitSet cells, BlockImage image) {
        float[] g = image.grey();
        for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
            int bx0 = (c % grid.cols()) * CellGrid.SIDE;
            int by0 = (c / grid.cols()) * CellGrid.SIDE;
            for (int y = by0; y < by0 + CellGrid.SIDE; y++) {
                for (int x = bx0; x < bx0 + CellGrid.SIDE; x++) {
                    int i = y * blockCols + x;
                    longTerm[i] = g[i];
                    shortTerm[i] = g[i];
                }
            }
            changedSince[c] = Double.NaN;
            lastChanged[c] = Double.NaN;
            changed[c] = false;
            differs[c] = false;
            present[c] = false;
        }
    }
}
