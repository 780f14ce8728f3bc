package city.relais.vision.scenario;

import city.relais.models.ImageFrame;
import city.relais.models.ModelCatalog;
import city.relais.models.ModelLocations;
import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.Box;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Track;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real material scenarios are composed from, read once per generation from the shared folder: clips decoded at a
 * given rate, person sprites cut from TUD-Stadtmitte by its ground truth (real people, so the COCO detector finds
 * them), a car cut from the parking-lane clip, and the vehicle tracks the detector finds on the highway clip.
 */
public final class SceneSources {

    public static final String TUD = "TUD-Stadtmitte.mp4";
    public static final String PARKING = "parking-lane-topdown.mp4";
    public static final String HIGHWAY = "highway-320x240.avi";

    private final Path shared;
    private final Map<String, List<ImageFrame>> clips = new HashMap<>();
    private List<VehiclePath> highwayPaths;

    /** A vehicle the detector follows on the highway clip: its box in each frame (10 fps) it was confirmed in. */
    public record VehiclePath(long id, String label, Map<Integer, Box> boxes) {
        public int first() {
            return boxes.keySet().stream().min(Integer::compare).orElseThrow();
        }

        public int last() {
            return boxes.keySet().stream().max(Integer::compare).orElseThrow();
        }
    }

    public SceneSources(Path shared) {
        if (shared == null) {
            throw new IllegalStateException("the shared folder (RELAIS_SHARED) is needed: scenarios are composed on "
                    + "its real clips");
        }
        this.shared = shared;
    }

    public Path clipPath(String name) {
        Path p = shared.resolve("clips").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing shared clip " + p);
        }
        return p;
    }

    /** Every frame due at {@code fps} of a shared clip (cached). */
    public synchronized List<ImageFrame> clip(String name, double fps) {
        return clips.computeIfAbsent(name + "@" + fps, k -> {
            List<ImageFrame> frames = new ArrayList<>();
            try (FrameDecoder d = FrameDecoder.open(SourceSettings.of(clipPath(name).toString())
                    .withAnalysisFps(fps))) {
                DecodedFrame f;
                while ((f = d.next()) != null) {
                    frames.add(f.image());
                }
            }
            return List.copyOf(frames);
        });
    }

    /** One frame of a shared clip as a still background. */
    public ImageFrame still(String name, double fps, int index) {
        return clip(name, fps).get(index);
    }

    /**
     * A walking person: crops of TUD-Stadtmitte ground-truth id {@code id}, one every {@code step} source frames,
     * scaled by {@code scale}.
     */
    public List<ImageFrame> person(int id, int step, double scale) {
        List<ImageFrame> all = clip(TUD, 25);
        List<ImageFrame> out = new ArrayList<>();
        Map<Integer, int[]> boxes = groundTruth(id);
        for (Map.Entry<Integer, int[]> e : boxes.entrySet()) {
            int frame = e.getKey() - 1;
            if (frame % step != 0 || frame >= all.size()) {
                continue;
            }
            int[] b = e.getValue();
            out.add(Paint.scale(Paint.crop(all.get(frame), b[0], b[1], b[2], b[3]), scale));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no ground truth for person " + id + " in " + TUD);
        }
        return out;
    }

    private Map<Integer, int[]> groundTruth(int id) {
        Path gt = shared.resolve("clips").resolve("TUD-Stadtmitte.gt.txt");
        Map<Integer, int[]> boxes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(gt)) {
                String[] f = line.split(",");
                if (f.length < 6 || Integer.parseInt(f[1].trim()) != id) {
                    continue;
                }
                int x = (int) Math.round(Double.parseDouble(f[2]));
                int y = (int) Math.round(Double.parseDouble(f[3]));
                int w = (int) Math.round(Double.parseDouble(f[4]));
                int h = (int) Math.round(Double.parseDouble(f[5]));
                boxes.put(Integer.parseInt(f[0].trim()), new int[] {Math.max(0, x - 4), Math.max(0, y - 4), w + 8,
                        h + 8});
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + gt + ": " + e.getMessage(), e);
        }
        return boxes;
    }

    /** A car cut from the parking-lane clip (top-down, the front of a grey car). */
    public ImageFrame parkedCar() {
        return Paint.crop(clip(PARKING, 5).get(75), 145, 0, 122, 92);
    }

    /** The vehicles (car, truck, bus) the detector follows on the highway clip at 10 fps, by id. */
    public synchronized List<VehiclePath> highwayVehicles() {
        if (highwayPaths != null) {
            return highwayPaths;
        }
        List<ImageFrame> frames = clip(HIGHWAY, 10);
        Path cache = shared.resolve("models");
        ModelRegistry registry = new ModelRegistry(ModelCatalog.builtIn(), new ModelLocations(List.of(cache),
                Path.of(System.getProperty("java.io.tmpdir"), "relais-model-cache"), false));
        Map<Long, VehiclePath> paths = new LinkedHashMap<>();
        try (ObjectDetector detector = registry.open("yolox-nano", 1, 0.1);
             DetectionPipeline pipeline = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()),
                     PrivacyMask.none(), PipelineSettings.ungated())) {
            for (int i = 0; i < frames.size(); i++) {
                FrameResult r = pipeline.process(i, i / 10.0, frames.get(i));
                for (Track t : r.confirmed()) {
                    if (!List.of("car", "truck", "bus").contains(t.label())) {
                        continue;
                    }
                    paths.computeIfAbsent(t.id(), id -> new VehiclePath(id, t.label(), new LinkedHashMap<>()))
                            .boxes().put(i, t.box());
                }
            }
        }
        highwayPaths = List.copyOf(paths.values());
        return highwayPaths;
    }
}
