package city.relais.vision.scenario.catalogue;

import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.ImagePoint;
import city.relais.vision.geometry.Zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persons of a scenario clip, frame by frame, from the MOT ground truth of the real clip (plus pasted persons),
 * and the events a rule must raise on them: the expected events of a scenario are computed from this truth, never
 * from the detector.
 */
final class StreetTruth {

    /** Persons per source frame (0-based), boxes normalised. */
    static Map<Integer, Map<Integer, Box>> read(Path gt, double width, double height) throws IOException {
        Map<Integer, Map<Integer, Box>> byFrame = new HashMap<>();
        for (String line : Files.readAllLines(gt)) {
            String[] f = line.split(",");
            if (f.length < 6) {
                continue;
            }
            int frame = Integer.parseInt(f[0].trim()) - 1;
            int id = Integer.parseInt(f[1].trim());
            Box b = new Box(Double.parseDouble(f[2]) / width, Double.parseDouble(f[3]) / height,
                    Double.parseDouble(f[4]) / width, Double.parseDouble(f[5]) / height).clipped();
            byFrame.computeIfAbsent(frame, k -> new LinkedHashMap<>()).put(id, b);
        }
        return byFrame;
    }

    private final List<Map<Integer, Box>> frames;
    private final double fps;

    /** @param frames persons of each output frame, in order; {@code fps} the output rate */
    StreetTruth(List<Map<Integer, Box>> frames, double fps) {
        this.frames = frames;
        this.fps = fps;
    }

    static Zone zone(String name, double[][] corners) {
        List<Point> pts = new ArrayList<>();
        for (double[] c : corners) {
            pts.add(new Point(c[0], c[1]));
        }
        return new Zone(name, new Polygon(pts));
    }

    /** Each person's first continuous stay of {@code seconds} in the zone: expected at its start + seconds. */
    List<Expected> dwell(String type, Zone zone, double seconds, double tolerance) {
        List<Expected> out = new ArrayList<>();
        Map<Integer, Integer> since = new HashMap<>();
        Set<Integer> done = new HashSet<>();
        for (int i = 0; i < frames.size(); i++) {
            Map<Integer, Box> now = frames.get(i);
            final int fi = i;
            since.keySet().removeIf(id -> !now.containsKey(id) || !zone.contains(now.get(id)));
            for (Map.Entry<Integer, Box> e : now.entrySet()) {
                if (!zone.contains(e.getValue()) || done.contains(e.getKey())) {
                    continue;
                }
                int start = since.computeIfAbsent(e.getKey(), k -> fi);
                if ((fi - start) / fps >= seconds - 1e-9) {
                    done.add(e.getKey());
                    out.add(new Expected(type, zone.name(), start / fps + seconds, tolerance));
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Expected::at));
        return out;
    }

    /** Each person's first entry into the zone (or presence from the start). */
    List<Expected> entries(String type, Zone zone, double tolerance) {
        return dwell(type, zone, 0, tolerance);
    }

    /** More than {@code max} persons in the zone for {@code hold} s; re-armed after {@code clear} s at or under. */
    List<Expected> crowd(String type, Zone zone, int max, double hold, double clear, double tolerance) {
        List<Expected> out = new ArrayList<>();
        double over = Double.NaN;
        double under = Double.NaN;
        boolean alerted = false;
        for (int i = 0; i < frames.size(); i++) {
            double t = i / fps;
            long n = frames.get(i).values().stream().filter(zone::contains).count();
            if (n > max) {
                under = Double.NaN;
                over = Double.isNaN(over) ? t : over;
                if (!alerted && t - over >= hold - 1e-9) {
                    alerted = true;
                    out.add(new Expected(type, zone.name(), t, tolerance));
                }
            } else {
                under = Double.isNaN(under) ? t : under;
                if (t - under >= 1.0) {
                    over = Double.NaN;
                }
                if (t - under >= clear) {
                    alerted = false;
                }
            }
        }
        return out;
    }

    /** Each person's first crossing of the vertical line x = {@code x} (either way), at the crossing frame. */
    List<Expected> crossings(String type, String line, double x, double tolerance) {
        List<Expected> out = new ArrayList<>();
        Map<Integer, ImagePoint> last = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < frames.size(); i++) {
            Map<Integer, ImagePoint> now = new HashMap<>();
            for (Map.Entry<Integer, Box> e : frames.get(i).entrySet()) {
                ImagePoint p = e.getValue().bottomCentre();
                now.put(e.getKey(), p);
                ImagePoint before = last.get(e.getKey());
                if (before != null && (before.x() - x) * (p.x() - x) < 0) {
                    String key = e.getKey() + (p.x() > x ? "r" : "l");
                    if (done.add(key)) {
                        out.add(new Expected(type, line, i / fps, tolerance));
                    }
                }
            }
            last.clear();
            last.putAll(now);
        }
        return out;
    }
}
