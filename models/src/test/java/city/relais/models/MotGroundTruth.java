package city.relais.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: the person boxes of one frame of a MOT ground-truth file, normalised to the frame. */
public final class MotGroundTruth {

    /** One annotated person, normalised box. */
    public record Box(int id, double x, double y, double w, double h) {

        double iou(Detection d) {
            return Detection.iou(x, y, x + w, y + h, d.x(), d.y(), d.x2(), d.y2());
        }
    }

    private MotGroundTruth() {
    }

    /** Lines {@code frame,id,left,top,width,height,...}; boxes clipped to the frame. */
    public static List<Box> frame(Path gt, int frame, int width, int height) throws IOException {
        return Files.readAllLines(gt).stream()
                .map(l -> l.split(","))
                .filter(f -> f.length >= 6 && Integer.parseInt(f[0].trim()) == frame)
                .map(f -> box(f, width, height))
                .toList();
    }

    private static Box box(String[] f, int width, int height) {
        double left = Math.max(0, Double.parseDouble(f[2]));
        double top = Math.max(0, Double.parseDouble(f[3]));
        double right = Math.min(width, Double.parseDouble(f[2]) + Double.parseDouble(f[4]));
        double bottom = Math.min(height, Double.parseDouble(f[3]) + Double.parseDouble(f[5]));
        return new Box(Integer.parseInt(f[1].trim()), left / width, top / height, (right - left) / width,
                (bottom - top) / height);
    }
}
