package city.relais.vision.scenario.catalogue;

import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Backgrounds and crops cut once from the real clips and kept for the recipes of a run. */
record Scenery(Mat background, Mat car) {

    private static final Map<String, Scenery> CACHE = new ConcurrentHashMap<>();

    /** The highway emptied of traffic, and the rear of the teal car of frame 60. */
    static Scenery highway(Path clip) throws IOException {
        Scenery s = CACHE.get("highway");
        if (s == null) {
            List<Mat> all = Footage.frames(clip, 0, 747);
            List<Mat> sample = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 12) {
                sample.add(all.get(i));
            }
            s = new Scenery(Footage.median(sample), Footage.crop(all.get(60), 163, 157, 56, 56));
            all.forEach(Mat::close);
            CACHE.put("highway", s);
        }
        return s;
    }

    /** The standing person of {@code TUD-Stadtmitte.mp4}: ground-truth id 3 at frame 150, its box widened (56×162 px). */
    static Mat walker(Path shared) throws IOException {
        Scenery s = CACHE.get("walker");
        if (s == null) {
            List<Mat> frames = Footage.frames(Footage.clip(shared, StreetPersons.CLIP), 150, 150);
            s = new Scenery(frames.get(0), Footage.crop(frames.get(0), 190, 88, 56, 162));
            CACHE.put("walker", s);
        }
        return s.car();
    }
}
