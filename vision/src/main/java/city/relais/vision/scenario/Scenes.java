package city.relais.vision.scenario;

import city.relais.models.ImageFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Building blocks shared by the scenario catalogues: still backgrounds with live noise, walks, night. */
final class Scenes {

    private Scenes() {
    }

    /** {@code n} copies of {@code still}, each with fresh sensor noise of {@code sigma} (seeded). */
    static List<ImageFrame> still(ImageFrame still, int n, double sigma, long seed) {
        Random rnd = new Random(seed);
        List<ImageFrame> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ImageFrame f = Paint.copy(still);
            if (sigma > 0) {
                Paint.noise(f, sigma, rnd);
            }
            out.add(f);
        }
        return out;
    }

    /** Copies of the frames {@code from..from+n-1} of a real clip. */
    static List<ImageFrame> real(List<ImageFrame> clip, int from, int n) {
        List<ImageFrame> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Paint.copy(clip.get(Math.min(clip.size() - 1, from + i))));
        }
        return out;
    }

    /**
     * Pastes a walking sprite whose bottom-centre moves from (x0, bottom) at {@code t0} to (x1, bottom) at
     * {@code t1}, in pixels; frames outside the interval are left alone.
     */
    static void walk(List<ImageFrame> frames, double fps, List<ImageFrame> sprite, double t0, double t1, double x0,
                     double x1, double bottom) {
        for (int i = 0; i < frames.size(); i++) {
            double t = i / fps;
            if (t < t0 || t > t1) {
                continue;
            }
            ImageFrame s = sprite.get(i % sprite.size());
            double x = x0 + (x1 - x0) * (t - t0) / (t1 - t0);
            Paint.paste(frames.get(i), s, (int) Math.round(x - s.width() / 2.0), (int) Math.round(bottom - s.height()));
        }
    }

    /** Pastes {@code sprite} still, bottom-centre at (x, bottom), from {@code t0} to {@code t1}. */
    static void place(List<ImageFrame> frames, double fps, ImageFrame sprite, double t0, double t1, double x,
                      double bottom) {
        walk(frames, fps, List.of(sprite), t0, t1, x, x, bottom);
    }

    /** Darkens every frame and adds noise. */
    static void night(List<ImageFrame> frames, double gain, double sigma, long seed) {
        Random rnd = new Random(seed);
        for (ImageFrame f : frames) {
            Paint.night(f, gain, sigma, rnd);
        }
    }

    /** Time at which a walk from x0 to x1 (t0..t1) reaches x. */
    static double when(double t0, double t1, double x0, double x1, double x) {
        return t0 + (t1 - t0) * (x - x0) / (x1 - x0);
    }

    static String quad(double x1, double y1, double x2, double y2) {
        return String.format(java.util.Locale.ROOT, "[[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]]",
                x1, y1, x2, y1, x2, y2, x1, y2);
    }
}
