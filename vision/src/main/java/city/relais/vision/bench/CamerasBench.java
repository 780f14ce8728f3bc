package city.relais.vision.bench;

import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.SourceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Benchmark 2: N cameras at once, each replaying a clip in real time (looped) through its own {@link
 * city.relais.vision.source.CameraSource} and pipeline, served by a shared pool of K inference threads that each own a
 * detector. Finds the largest N (up to a cap) for which every camera keeps the minimum analysed frame rate, with motion
 * gating on and off: N doubles until a step fails, then bisects.
 */
public final class CamerasBench {

    /** The run's parameters: analysed fps asked of each camera, the pass mark, K, the cap, seconds per step. */
    public record Params(Path clip, String model, double analysisFps, double minFps, int threads, int maxCameras,
                         double warmupSeconds, double seconds) {
    }

    /**
     * One step: {@code cameras} cameras measured for the step's seconds.
     *
     * @param minFps         the slowest camera's analysed (pipeline) frames per second
     * @param detectorRuns   detector runs per second, all cameras together
     * @param dropped        frames dropped in the window, all cameras together
     * @param rssPerCameraMb (RSS − RSS before any camera) ÷ cameras
     */
    public record Step(int cameras, boolean gated, double minFps, double meanFps, double detectorRuns, long dropped,
                       double heapMb, double rssMb, double heapPerCameraMb, double rssPerCameraMb, boolean pass) {
    }

    public record Search(boolean gated, int largest, List<Step> steps) {
    }

    public record Result(Params params, double baselineRssMb, Search gated, Search ungated) {

        public String toJson() {
            Params p = params;
            return String.format(Locale.ROOT, "{\"bench\":\"cameras\",\"clip\":\"%s\",\"model\":\"%s\","
                            + "\"analysis_fps\":%.1f,\"min_fps\":%.1f,\"inference_threads\":%d,\"max_cameras\":%d,"
                            + "\"seconds\":%.1f,\"baseline_rss_mb\":%.1f,\"largest_gated\":%d,\"largest_ungated\":%d,"
                            + "\"steps\":[%s]}", p.clip().getFileName(), p.model(), p.analysisFps(), p.minFps(),
                    p.threads(), p.maxCameras(), p.seconds(), baselineRssMb, gated.largest(), ungated.largest(),
                    steps().stream().map(Result::json).collect(Collectors.joining(",")));
        }

        private List<Step> steps() {
            List<Step> all = new ArrayList<>(gated.steps());
            all.addAll(ungated.steps());
            return all;
        }

        private static String json(Step s) {
            return String.format(Locale.ROOT, "{\"cameras\":%d,\"gated\":%b,\"min_fps\":%.2f,\"mean_fps\":%.2f,"
                            + "\"detector_runs_per_s\":%.2f,\"dropped\":%d,\"heap_mb\":%.1f,\"rss_mb\":%.1f,"
                            + "\"heap_per_camera_mb\":%.2f,\"rss_per_camera_mb\":%.2f,\"pass\":%b}", s.cameras(),
                    s.gated(), s.minFps(), s.meanFps(), s.detectorRuns(), s.dropped(), s.heapMb(), s.rssMb(),
                    s.heapPerCameraMb(), s.rssPerCameraMb(), s.pass());
        }

        public String table() {
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-6s %4s %8s %8s %9s %8s %8s %9s %5s%n",
                    "gating", "N", "min fps", "mean fps", "det runs/s", "dropped", "RSS MB", "RSS/cam", "pass"));
            for (Step s : steps()) {
                t.append(String.format(Locale.ROOT, "%-6s %4d %8.2f %8.2f %9.1f %8d %8.0f %9.1f %5s%n",
                        s.gated() ? "on" : "off", s.cameras(), s.minFps(), s.meanFps(), s.detectorRuns(),
                        s.dropped(), s.rssMb(), s.rssPerCameraMb(), s.pass() ? "yes" : "no"));
            }
            t.append(String.format(Locale.ROOT, "largest N with every camera >= %.1f fps: gating on %d, off %d%n",
                    params.minFps(), gated.largest(), ungated.largest()));
            return t.toString();
        }
    }

    private CamerasBench() {
    }

    public static Result run(Params p) {
        ModelRegistry registry = ModelRegistry.fromEnvironment();
        List<ObjectDetector> detectors = new ArrayList<>();
        try {
            for (int i = 0; i < p.threads(); i++) {
                detectors.add(registry.open(p.model(), 1));
            }
            ThreadDetector binder = new ThreadDetector(detectors.get(0));
            double baseline = ProcessMemory.sample().rssMb();
            Search gated = search(p, detectors, binder, true, baseline);
            Search ungated = search(p, detectors, binder, false, baseline);
            return new Result(p, baseline, gated, ungated);
        } finally {
            detectors.forEach(ObjectDetector::close);
        }
    }

    /** Doubles N from 1 until a step fails or the cap, then bisects between the last pass and the first failure. */
    private static Search search(Params p, List<ObjectDetector> detectors, ThreadDetector binder, boolean gated,
                                 double baseline) {
        TreeMap<Integer, Step> steps = new TreeMap<>();
        int pass = 0;
        int fail = p.maxCameras() + 1;
        for (int n = 1; n <= p.maxCameras(); n = Math.min(n * 2, n == p.maxCameras() ? n + 1 : p.maxCameras())) {
            Step s = step(p, detectors, binder, gated, n, baseline);
            steps.put(n, s);
            if (!s.pass()) {
                fail = n;
                break;
            }
            pass = n;
        }
        while (fail - pass > 1) {
            int n = (pass + fail) / 2;
            Step s = step(p, detectors, binder, gated, n, baseline);
            steps.put(n, s);
            if (s.pass()) {
                pass = n;
            } else {
                fail = n;
            }
        }
        return new Search(gated, pass, List.copyOf(steps.values()));
    }

    private static Step step(Params p, List<ObjectDetector> detectors, ThreadDetector binder, boolean gated, int n,
                             double baseline) {
        SourceSettings source = SourceSettings.of(p.clip().toString()).withAnalysisFps(p.analysisFps());
        PipelineSettings settings = gated ? PipelineSettings.gated() : PipelineSettings.ungated();
        List<ReplayCamera> cameras = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cameras.add(new ReplayCamera("cam-" + i, source, binder, settings));
        }
        try (InferencePool pool = new InferencePool(detectors, binder, cameras)) {
            pause(p.warmupSeconds());
            long[] before = counts(cameras);
            long start = System.nanoTime();
            pause(p.seconds());
            long[] after = counts(cameras);
            double elapsed = (System.nanoTime() - start) / 1e9;
            ProcessMemory mem = ProcessMemory.sample();
            Step s = measure(p, gated, n, before, after, elapsed, mem, baseline);
            System.err.printf(Locale.ROOT, "gating %s, %d cameras: min %.2f fps, %s%n", gated ? "on" : "off", n,
                    s.minFps(), s.pass() ? "pass" : "fail");
            return s;
        } finally {
            cameras.forEach(ReplayCamera::close);
        }
    }

    /** Per camera: processed, detected, dropped, in that order, cameras one after the other. */
    private static long[] counts(List<ReplayCamera> cameras) {
        long[] c = new long[cameras.size() * 3];
        for (int i = 0; i < cameras.size(); i++) {
            c[i * 3] = cameras.get(i).processed();
            c[i * 3 + 1] = cameras.get(i).detected();
            c[i * 3 + 2] = cameras.get(i).dropped();
        }
        return c;
    }

    private static Step measure(Params p, boolean gated, int n, long[] before, long[] after, double elapsed,
                                ProcessMemory mem, double baseline) {
        double min = Double.MAX_VALUE;
        double sum = 0;
        long detected = 0;
        long dropped = 0;
        for (int i = 0; i < n; i++) {
            double fps = (after[i * 3] - before[i * 3]) / elapsed;
            min = Math.min(min, fps);
            sum += fps;
            detected += after[i * 3 + 1] - before[i * 3 + 1];
            dropped += after[i * 3 + 2] - before[i * 3 + 2];
        }
        return new Step(n, gated, min, sum / n, detected / elapsed, dropped, mem.heapUsedMb(), mem.rssMb(),
                mem.heapUsedMb() / n, (mem.rssMb() - baseline) / n, min >= p.minFps());
    }

    private static void pause(double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** {@code [--clip PATH] [--model NAME] [--fps F] [--min-fps F] [--threads K] [--max N] [--seconds S]}. */
    public static void main(String[] args) {
        BenchArgs a = new BenchArgs(args, Set.of("clip", "model", "fps", "min-fps", "threads", "max", "seconds",
                "warmup"));
        Params p = new Params(a.clip("highway-320x240.avi"), a.text("model", "yolox-nano"), a.number("fps", 10),
                a.number("min-fps", 5), a.integer("threads", 2), a.integer("max", 16), a.number("warmup", 2),
                a.number("seconds", 10));
        Result r = run(p);
        System.out.println(r.toJson());
        System.out.print(r.table());
    }
}
