package city.relais.vision.skill;

import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;
import city.relais.vision.track.Track;
import city.relais.vision.track.TrackState;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Hand-made frames and tracks for the skill tests. */
final class TestScenes {

    private TestScenes() {
    }

    /** A textured grey ground (asphalt-like grain, fixed seed). */
    static ImageFrame ground(int w, int h) {
        Random rnd = new Random(7);
        byte[] px = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            int v = 90 + (int) (rnd.nextGaussian() * 14);
            px[i * 3] = (byte) v;
            px[i * 3 + 1] = (byte) v;
            px[i * 3 + 2] = (byte) v;
        }
        return new ImageFrame(w, h, px);
    }

    private static final float[] GAUSS = gaussians();

    private static float[] gaussians() {
        Random rnd = new Random(11);
        float[] g = new float[1 << 18];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) rnd.nextGaussian();
        }
        return g;
    }

    /** A copy of {@code f} times {@code gain} with Gaussian noise of {@code sigma} (from a table, offset by seed). */
    static ImageFrame vary(ImageFrame f, double gain, double sigma, long seed) {
        byte[] px = f.bgr().clone();
        int k = (int) ((seed * 7919) & (GAUSS.length - 1));
        for (int i = 0; i < px.length; i++) {
            k = (k + 1) & (GAUSS.length - 1);
            double v = (px[i] & 0xFF) * gain + GAUSS[k] * sigma;
            px[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
        }
        return new ImageFrame(f.width(), f.height(), px);
    }

    /** Paints a rectangle of colour (b, g, r) with a checker texture (an object with edges). */
    static void object(ImageFrame f, int x, int y, int w, int h, int b, int g, int r) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                double k = ((xx / 4 + yy / 4) % 2 == 0) ? 1.0 : 0.6;
                int p = (yy * f.width() + xx) * 3;
                f.bgr()[p] = (byte) (b * k);
                f.bgr()[p + 1] = (byte) (g * k);
                f.bgr()[p + 2] = (byte) (r * k);
            }
        }
    }

    /** Paints a solid rectangle. */
    static void fill(ImageFrame f, int x, int y, int w, int h, int b, int g, int r) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                int p = (yy * f.width() + xx) * 3;
                f.bgr()[p] = (byte) b;
                f.bgr()[p + 1] = (byte) g;
                f.bgr()[p + 2] = (byte) r;
            }
        }
    }

    static Track track(long id, String label, Box box, double time, double vx, double vy, double stationary,
                       List<Box> history) {
        return new Track(id, label, 0.9, box, TrackState.CONFIRMED, vx, vy, 10, 0, time, stationary, history);
    }

    static SceneFrame frame(long index, double time, ImageFrame image, List<Track> tracks, SignalStates signals) {
        return new SceneFrame("cam-1", index, time, Instant.EPOCH.plusMillis(Math.round(time * 1000)), image, true,
                tracks, signals);
    }
}
