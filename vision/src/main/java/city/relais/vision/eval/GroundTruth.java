package city.relais.vision.eval;

import city.relais.vision.geometry.Box;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MOT ground truth: lines {@code frame,id,left,top,width,height,conf,x,y,z} in pixels, frames from 1; boxes are clipped
 * to the frame and normalised. Lines with {@code conf == 0} (ignored in MOT) are skipped.
 */
public final class GroundTruth {

    /** One annotated object in one frame. */
    public record Entry(int id, Box box) {
    }

    private final Map<Integer, List<Entry>> frames;

    private GroundTruth(Map<Integer, List<Entry>> frames) {
        this.frames = frames;
    }

    public static GroundTruth load(Path file, int width, int height) throws IOException {
        Map<Integer, List<Entry>> frames = new TreeMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 6) {
                throw new IOException(file + ":" + lineNo + ": expected frame,id,left,top,width,height,... got "
                        + line);
            }
            if (f.length >= 7 && Double.parseDouble(f[6].trim()) == 0) {
                continue;
            }
            double left = Double.parseDouble(f[2].trim());
            double top = Double.parseDouble(f[3].trim());
            double x1 = clamp(left / width);
            double y1 = clamp(top / height);
            double x2 = clamp((left + Double.parseDouble(f[4].trim())) / width);
            double y2 = clamp((top + Double.parseDouble(f[5].trim())) / height);
            frames.computeIfAbsent(Integer.parseInt(f[0].trim()), k -> new ArrayList<>())
                    .add(new Entry(Integer.parseInt(f[1].trim()), new Box(x1, y1, x2 - x1, y2 - y1)));
        }
        return new GroundTruth(frames);
    }

    /** The annotated objects of MOT frame {@code frame} (1-based); empty when none. */
    public List<Entry> frame(int frame) {
        return frames.getOrDefault(frame, List.of());
    }

    public int lastFrame() {
        return frames.isEmpty() ? 0 : ((TreeMap<Integer, List<Entry>>) frames).lastKey();
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }
}
