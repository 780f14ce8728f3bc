package city.relais.vision.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.models.ImageFrame;
import city.relais.models.ModelDescriptor;
import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Benchmark 1: raw ONNX Runtime inference (one thread, input tensors prepared beforehand) against the full pipeline
 * (decode → privacy mask → motion gating → detect → track) on the same first frames of a clip, side by side: after a
 * warm-up, each round times every mode once in turn, so that the noise of a shared machine falls on all of them.
 */
public final class DetectionBench {

    /**
     * @param rawFps          bare ONNX Runtime inferences per second
     * @param detectorFps     {@code ObjectDetector.detect} per second (DJL, pre- and post-processing, NMS)
     * @param ungatedFps      pipeline frames per second, detector on every frame
     * @param gatedFps        pipeline frames per second with motion gating (default settings)
     * @param gatedSaved      fraction of frames motion gating spared the detector
     */
    public record Result(String clip, String model, int frames, int rounds, double rawFps, double detectorFps,
                         double ungatedFps, double gatedFps, double gatedSaved) {

        public double ratioUngated() {
            return ungatedFps / rawFps;
        }

        public double ratioGated() {
            return gatedFps / rawFps;
        }

        public String toJson() {
            return String.format(Locale.ROOT, "{\"bench\":\"detection\",\"clip\":\"%s\",\"model\":\"%s\","
                            + "\"frames\":%d,\"rounds\":%d,\"raw_fps\":%.2f,\"detector_fps\":%.2f,"
                            + "\"pipeline_ungated_fps\":%.2f,\"pipeline_gated_fps\":%.2f,\"gated_saved\":%.3f,"
                            + "\"ratio_ungated\":%.3f,\"ratio_gated\":%.3f}", clip, model, frames, rounds, rawFps,
                    detectorFps, ungatedFps, gatedFps, gatedSaved, ratioUngated(), ratioGated());
        }

        public String table() {
            return String.format(Locale.ROOT, "%-28s %8s %8s%n%-28s %8.1f %8s%n%-28s %8.1f %8.3f%n"
                            + "%-28s %8.1f %8.3f%n%-28s %8.1f %8.3f   (detector spared on %.0f %% of frames)%n",
                    "mode", "fps", "÷ raw", "raw ONNX Runtime", rawFps, "1", "ObjectDetector.detect", detectorFps,
                    detectorFps / rawFps, "pipeline, gating off", ungatedFps, ratioUngated(), "pipeline, gating on",
                    gatedFps, ratioGated(), gatedSaved * 100);
        }
    }

    private DetectionBench() {
    }

    /** Runs the benchmark on the first {@code frames} frames of {@code clip}. */
    public static Result run(Path clip, String modelName, int frames, int rounds) throws OrtException {
        ModelRegistry registry = ModelRegistry.fromEnvironment();
        ModelDescriptor model = registry.descriptor(modelName);
        List<ImageFrame> images = decode(clip, frames);
        double[] seconds = new double[4];
        double saved;
        // DJL first: it creates the ONNX Runtime environment with its own options, the raw session reuses it
        try (ObjectDetector detector = registry.open(modelName, 1);
             RawOnnx raw = new RawOnnx(registry.resolve(model), model.input())) {
            List<OnnxTensor> tensors = new ArrayList<>();
            for (ImageFrame image : images) {
                tensors.add(raw.tensor(image));
            }
            PrivacyMask mask = cornerMask();
            timeRaw(raw, tensors.subList(0, Math.min(10, tensors.size())));   // warm-up
            timePipeline(clip, images.size(), detector, mask, PipelineSettings.ungated());
            timePipeline(clip, images.size(), detector, mask, PipelineSettings.gated());
            saved = 0;
            for (int r = 0; r < rounds; r++) {
                seconds[0] += timeRaw(raw, tensors);
                seconds[1] += timeDetector(detector, images);
                seconds[2] += timePipeline(clip, images.size(), detector, mask, PipelineSettings.ungated())[0];
                double[] gated = timePipeline(clip, images.size(), detector, mask, PipelineSettings.gated());
                seconds[3] += gated[0];
                saved = gated[1];
            }
            tensors.forEach(OnnxTensor::close);
        }
        double n = (double) images.size() * rounds;
        return new Result(clip.getFileName().toString(), modelName, images.size(), rounds, n / seconds[0],
                n / seconds[1], n / seconds[2], n / seconds[3], saved);
    }

    /** A privacy mask over the top-left corner, so that masking costs what it costs in the field. */
    private static PrivacyMask cornerMask() {
        return new PrivacyMask(List.of(new Polygon(List.of(new Point(0, 0), new Point(0.2, 0), new Point(0, 0.2)))));
    }

    private static List<ImageFrame> decode(Path clip, int frames) {
        List<ImageFrame> images = new ArrayList<>();
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(clip.toString()))) {
            for (DecodedFrame f = decoder.next(); f != null && images.size() < frames; f = decoder.next()) {
                images.add(f.image());
            }
        }
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no frames in " + clip);
        }
        return images;
    }

    private static double timeRaw(RawOnnx raw, List<OnnxTensor> tensors) throws OrtException {
        long start = System.nanoTime();
        for (OnnxTensor t : tensors) {
            raw.infer(t);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double timeDetector(ObjectDetector detector, List<ImageFrame> images) {
        long start = System.nanoTime();
        for (ImageFrame image : images) {
            detector.detect(image);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for decode + pipeline over the first {@code frames} frames, and the fraction gating spared. */
    private static double[] timePipeline(Path clip, int frames, ObjectDetector detector, PrivacyMask mask,
                                         PipelineSettings settings) {
        long start = System.nanoTime();
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(clip.toString()));
             DetectionPipeline pipeline = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()),
                     mask, settings)) {
            for (int i = 0; i < frames; i++) {
                DecodedFrame f = decoder.next();
                if (f == null) {
                    break;
                }
                pipeline.process(f.index(), f.time(), f.image());
            }
            return new double[] {(System.nanoTime() - start) / 1e9, pipeline.stats().savedFraction()};
        }
    }

    /** {@code [--clip PATH] [--model NAME] [--frames N] [--rounds R]}: prints JSON, then a table. */
    public static void main(String[] args) throws OrtException {
        BenchArgs a = new BenchArgs(args, Set.of("clip", "model", "frames", "rounds"));
        Result r = run(a.clip("TUD-Stadtmitte.mp4"), a.text("model", "yolox-nano"), a.integer("frames", 100),
                a.integer("rounds", 3));
        System.out.println(r.toJson());
        System.out.print(r.table());
    }
}
