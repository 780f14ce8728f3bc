package city.relais.vision.skill;

import city.relais.models.ImageFrame;
import city.relais.vision.geometry.Box;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Flashing-light detector for one vehicle: the share of saturated blue and of saturated red pixels in the upper part of
 * its box, sampled every frame; a light flashes when one colour pulses (off → on) at least twice in the window and the
 * frequency of its pulses lies in the band. Amber (hazard lights, indicators) is neither blue nor red: red needs
 * {@code G ≤ 0.45 R}, amber has {@code G ≈ 0.6–0.7 R}.
 */
public final class FlashMeter {

    /** The upper share of the box that is searched. */
    public static final double UPPER = 0.45;
    /** Lowest share of the searched pixels that counts as a light on. */
    public static final double MIN_ON = 0.01;
    /** Seconds of samples kept. */
    public static final double WINDOW_S = 2.0;

    private final Deque<double[]> samples = new ArrayDeque<>(); // {time, blue, red}

    /** What the meter sees now. */
    public record Flash(boolean flashing, double frequencyHz, String colour, double peakShare, int pulses) {
    }

    /** Adds the frame's sample for the vehicle's box. */
    public void sample(double time, ImageFrame image, Box box) {
        double[] shares = shares(image, box);
        samples.addLast(new double[] {time, shares[0], shares[1]});
        while (!samples.isEmpty() && time - samples.peekFirst()[0] > WINDOW_S) {
            samples.removeFirst();
        }
    }

    /** Share of saturated blue and red pixels in the upper part of {@code box}: {blue, red}. */
    public static double[] shares(ImageFrame image, Box box) {
        Box b = box.clipped();
        int x1 = (int) Math.floor(b.x() * image.width());
        int x2 = (int) Math.ceil(b.x2() * image.width());
        int y1 = (int) Math.floor(b.y() * image.height());
        int y2 = (int) Math.ceil((b.y() + UPPER * b.h()) * image.height());
        x2 = Math.min(x2, image.width());
        y2 = Math.min(y2, image.height());
        int total = 0;
        int blue = 0;
        int red = 0;
        byte[] px = image.bgr();
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                int p = (y * image.width() + x) * 3;
                int bl = px[p] & 0xFF;
                int g = px[p + 1] & 0xFF;
                int r = px[p + 2] & 0xFF;
                total++;
                if (bl >= 120 && r <= 0.55 * bl && g <= 0.8 * bl) {
                    blue++;
                } else if (r >= 120 && g <= 0.45 * r && bl <= 0.6 * r) {
                    red++;
                }
            }
        }
        return total == 0 ? new double[] {0, 0} : new double[] {blue / (double) total, red / (double) total};
    }

    /** The flash state over the window, for a band of {@code minHz..maxHz}. */
    public Flash flash(double minHz, double maxHz) {
        Flash blue = colour(1, "blue", minHz, maxHz);
        Flash red = colour(2, "red", minHz, maxHz);
        if (blue.flashing()) {
            return blue;
        }
        if (red.flashing()) {
            return red;
        }
        return blue.peakShare() >= red.peakShare() ? blue : red;
    }

    private Flash colour(int channel, String name, double minHz, double maxHz) {
        double peak = 0;
        for (double[] s : samples) {
            peak = Math.max(peak, s[channel]);
        }
        if (peak < MIN_ON || samples.size() < 4) {
            return new Flash(false, 0, name, peak, 0);
        }
        double on = Math.max(MIN_ON, 0.5 * peak);
        double off = 0.25 * peak;
        boolean lit = false;
        boolean sawOff = false;
        int pulses = 0;
        double first = Double.NaN;
        double lastRise = Double.NaN;
        for (double[] s : samples) {
            if (!lit && s[channel] >= on) {
                lit = true;
                if (sawOff) {
                    pulses++;
                    if (Double.isNaN(first)) {
                        first = s[0];
                    }
                    lastRise = s[0];
                }
            } else if (lit && s[channel] <= off) {
                lit = false;
                sawOff = true;
            } else if (!lit && s[channel] <= off) {
                sawOff = true;
            }
        }
        if (pulses < 2 || lastRise <= first) {
            return new Flash(false, 0, name, peak, pulses);
        }
        double hz = (pulses - 1) / (lastRise - first);
        return new Flash(hz >= minHz && hz <= maxHz, hz, name, peak, pulses);
    }
}
