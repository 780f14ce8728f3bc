package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.Random;

/** Pixel operations for composing scenario frames (packed BGR, in place unless said otherwise). */
public final class Paint {

    private Paint() {
    }

    public static ImageFrame copy(ImageFrame f) {
        return new ImageFrame(f.width(), f.height(), f.bgr().clone());
    }

    /** A copy of the rectangle (clipped to the frame). */
    public static ImageFrame crop(ImageFrame f, int x, int y, int w, int h) {
        int x1 = Math.max(0, x);
        int y1 = Math.max(0, y);
        int x2 = Math.min(f.width(), x + w);
        int y2 = Math.min(f.height(), y + h);
        int cw = Math.max(1, x2 - x1);
        int ch = Math.max(1, y2 - y1);
        byte[] out = new byte[cw * ch * 3];
        for (int r = 0; r < ch; r++) {
            System.arraycopy(f.bgr(), ((y1 + r) * f.width() + x1) * 3, out, r * cw * 3, cw * 3);
        }
        return new ImageFrame(cw, ch, out);
    }

    /** A bilinear rescale by {@code s}. */
    public static ImageFrame scale(ImageFrame f, double s) {
        int w = Math.max(1, (int) Math.round(f.width() * s));
        int h = Math.max(1, (int) Math.round(f.height() * s));
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            double sy = Math.min(f.height() - 1.0, Math.max(0, (y + 0.5) / s - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(f.height() - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.min(f.width() - 1.0, Math.max(0, (x + 0.5) / s - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(f.width() - 1, x0 + 1);
                double fx = sx - x0;
                for (int c = 0; c < 3; c++) {
                    double v = (1 - fy) * ((1 - fx) * f.channel(x0, y0, c) + fx * f.channel(x1, y0, c))
                            + fy * ((1 - fx) * f.channel(x0, y1, c) + fx * f.channel(x1, y1, c));
                    out[(y * w + x) * 3 + c] = (byte) Math.round(v);
                }
            }
        }
        return new ImageFrame(w, h, out);
    }

    /** Pastes {@code sprite} with its top-left corner at (x, y), clipped to the frame. */
    public static void paste(ImageFrame dst, ImageFrame sprite, int x, int y) {
        for (int r = 0; r < sprite.height(); r++) {
            int dy = y + r;
            if (dy < 0 || dy >= dst.height()) {
                continue;
            }
            for (int c = 0; c < sprite.width(); c++) {
                int dx = x + c;
                if (dx < 0 || dx >= dst.width()) {
                    continue;
                }
                int s = (r * sprite.width() + c) * 3;
                int d = (dy * dst.width() + dx) * 3;
                dst.bgr()[d] = sprite.bgr()[s];
                dst.bgr()[d + 1] = sprite.bgr()[s + 1];
                dst.bgr()[d + 2] = sprite.bgr()[s + 2];
            }
        }
    }

    private static void set(ImageFrame f, int x, int y, double b, double g, double r) {
        if (x < 0 || y < 0 || x >= f.width() || y >= f.height()) {
            return;
        }
        int p = (y * f.width() + x) * 3;
        f.bgr()[p] = clamp(b);
        f.bgr()[p + 1] = clamp(g);
        f.bgr()[p + 2] = clamp(r);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
    }

    /** A solid rectangle of colour (b, g, r). */
    public static void rect(ImageFrame f, int x, int y, int w, int h, int b, int g, int r) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                set(f, xx, yy, b, g, r);
            }
        }
    }

    /**
     * A textured object: a rectangle of base colour (b, g, r) with per-pixel grain of {@code grain} levels, a darker
     * one-pixel outline and {@code stripes} light stripes (tape, seams), drawn with {@code seed}.
     */
    public static void object(ImageFrame f, int x, int y, int w, int h, int b, int g, int r, int grain, int stripes,
                              long seed) {
        Random rnd = new Random(seed);
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                double n = rnd.nextGaussian() * grain;
                double k = xx == 0 || yy == 0 || xx == w - 1 || yy == h - 1 ? 0.55 : 1.0;
                boolean stripe = stripes > 0 && (xx * stripes / Math.max(1, w)) % 2 == 1 && yy % 9 < 3;
                double s = stripe ? 45 : 0;
                set(f, x + xx, y + yy, (b + n + s) * k, (g + n + s) * k, (r + n + s) * k);
            }
        }
    }

    /** A filled ellipse (a bag) of colour (b, g, r) with grain and a highlight, drawn with {@code seed}. */
    public static void bag(ImageFrame f, int cx, int cy, int rx, int ry, int b, int g, int r, long seed) {
        Random rnd = new Random(seed);
        for (int y = -ry; y <= ry; y++) {
            for (int x = -rx; x <= rx; x++) {
                double d = (x * x) / (double) (rx * rx) + (y * y) / (double) (ry * ry);
                if (d > 1) {
                    continue;
                }
                double shade = 1.25 - 0.5 * d + (x < -rx / 3 && y < -ry / 3 ? 0.5 : 0);
                double n = rnd.nextGaussian() * 8;
                set(f, cx + x, cy + y, b * shade + n, g * shade + n, r * shade + n);
            }
        }
    }

    /** Multiplies every pixel by {@code gain}. */
    public static void gain(ImageFrame f, double gain) {
        byte[] p = f.bgr();
        for (int i = 0; i < p.length; i++) {
            p[i] = clamp((p[i] & 0xFF) * gain);
        }
    }

    private static final int TABLE = 1 << 20;
    private static final float[] GAUSS = gaussians();

    private static float[] gaussians() {
        Random rnd = new Random(20261128L);
        float[] g = new float[TABLE];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) rnd.nextGaussian();
        }
        return g;
    }

    /** Adds Gaussian sensor noise of {@code sigma} levels (from a fixed table, at an offset drawn from rnd). */
    public static void noise(ImageFrame f, double sigma, Random rnd) {
        byte[] p = f.bgr();
        int k = rnd.nextInt(TABLE);
        int step = 1 + 2 * rnd.nextInt(64);
        for (int i = 0; i < p.length; i += 3) {
            k = (k + step) & (TABLE - 1);
            double n = GAUSS[k] * sigma;
            double c = GAUSS[(k * 7 + 13) & (TABLE - 1)] * sigma * 0.3;
            p[i] = clamp((p[i] & 0xFF) + n + c);
            p[i + 1] = clamp((p[i + 1] & 0xFF) + n);
            p[i + 2] = clamp((p[i + 2] & 0xFF) + n - c);
        }
    }

    /** Night: gain then noise. */
    public static void night(ImageFrame f, double gain, double sigma, Random rnd) {
        gain(f, gain);
        noise(f, sigma, rnd);
    }

    /**
     * A soft elliptical light change centred at (cx, cy): every pixel times {@code 1 + (factor - 1)·w} plus
     * {@code add·w}, where {@code w} falls smoothly from 1 at the centre to 0 at the ellipse (a shadow: factor &lt; 1,
     * add 0; a headlight beam: factor 1, add &gt; 0).
     */
    public static void light(ImageFrame f, double cx, double cy, double rx, double ry, double factor, double add) {
        int x1 = (int) Math.max(0, cx - rx);
        int x2 = (int) Math.min(f.width() - 1, cx + rx);
        int y1 = (int) Math.max(0, cy - ry);
        int y2 = (int) Math.min(f.height() - 1, cy + ry);
        for (int y = y1; y <= y2; y++) {
            for (int x = x1; x <= x2; x++) {
                double dx = (x - cx) / rx;
                double dy = (y - cy) / ry;
                double d = dx * dx + dy * dy;
                if (d >= 1) {
                    continue;
                }
                double w = 0.5 + 0.5 * Math.cos(Math.PI * Math.sqrt(d));
                double k = 1 + (factor - 1) * w;
                int p = (y * f.width() + x) * 3;
                for (int c = 0; c < 3; c++) {
                    f.bgr()[p + c] = clamp((f.bgr()[p + c] & 0xFF) * k + add * w);
                }
            }
        }
    }
}
