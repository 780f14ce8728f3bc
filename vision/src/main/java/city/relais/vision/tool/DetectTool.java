package city.relais.vision.tool;

import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.eval.EvalReport;
import city.relais.vision.eval.MotEvaluation;
import city.relais.vision.geometry.Box;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Track;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry points for the hub's CLI: {@code detect} writes one JSON line per confirmed track per analysed frame;
 * {@code eval-mot} prints one JSON object with the accuracy against MOT ground truth.
 */
public final class DetectTool {

    private DetectTool() {
    }

    /**
     * Runs the gated pipeline over a file or stream and writes {@code {"frame","time","track_id","label","score",
     * "box":[x,y,w,h]}} lines (normalised box).
     *
     * @return the number of lines written
     */
    public static long detect(SourceSettings source, ObjectDetector detector, PipelineSettings pipeline, Writer out) {
        return detect(source, detector, pipeline, out, DetectOptions.none());
    }

    /**
     * As {@link #detect(SourceSettings, ObjectDetector, PipelineSettings, Writer)}, also writing an annotated video
     * (persons pixelated, boxes, ids, labels) when {@code annotateOrNull} is given and a progress line at most once a
     * second to {@code progressOrNull}.
     */
    public static long detect(SourceSettings source, ObjectDetector detector, PipelineSettings pipeline, Writer out,
                              Path annotateOrNull, PrintStream progressOrNull) {
        DetectOptions options = DetectOptions.none();
        options = annotateOrNull == null ? options : options.annotate(annotateOrNull);
        options = progressOrNull == null ? options : options.progress(progressOrNull);
        return detect(source, detector, pipeline, out, options);
    }

    /**
     * The full form: JSON lines to {@code out}, plus what {@code options} asks (annotated video with zones, progress,
     * a frame limit).
     *
     * @return the number of lines written
     * @throws city.relais.vision.source.SourceException when the source cannot be opened or decoded
     * @throws java.io.UncheckedIOException when the annotated video cannot be written
     */
    public static long detect(SourceSettings source, ObjectDetector detector, PipelineSettings pipeline, Writer out,
                              DetectOptions options) {
        PrintWriter w = new PrintWriter(out);
        DetectRun run = new DetectRun(options);
        try (FrameDecoder decoder = FrameDecoder.open(source);
             DetectionPipeline stages = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()),
                     PrivacyMask.none(), pipeline);
             AnnotatedVideo video = options.annotate() == null ? null : new AnnotatedVideo(options.annotate(),
                     videoFps(source, decoder), options.zones())) {
            for (DecodedFrame f = decoder.next(); f != null; f = run.full() ? null : decoder.next()) {
                FrameResult r = stages.process(f.index(), f.time(), f.image());
                if (video != null) {
                    video.write(f.image(), r);
                }
                run.count(r);
                if (r.analysed()) {
                    for (Track t : r.confirmed()) {
                        w.println(line(r, t));
                        run.lines++;
                    }
                }
            }
        }
        w.flush();
        run.finish();
        return run.lines;
    }

    private static double videoFps(SourceSettings source, FrameDecoder decoder) {
        double fps = source.analysisFps() > 0 ? source.analysisFps() : decoder.sourceFps();
        return fps > 0 && fps <= 120 ? fps : 25;
    }

    static String line(FrameResult r, Track t) {
        Box b = t.box().clipped();
        return String.format(Locale.ROOT, "{\"frame\":%d,\"time\":%.3f,\"track_id\":%d,\"label\":\"%s\","
                        + "\"score\":%.3f,\"box\":[%.5f,%.5f,%.5f,%.5f]}", r.frameIndex(), r.time(), t.id(),
                t.label().replace("\\", "\\\\").replace("\"", "\\\""), t.score(), b.x(), b.y(), b.w(), b.h());
    }

    /** Person accuracy of the gated pipeline on a clip, as one JSON object. */
    public static String evalMot(Path clip, Path groundTruth, ObjectDetector detector) throws IOException {
        EvalReport report = new MotEvaluation("person", PipelineSettings.gated(), TrackerSettings.defaults())
                .run(clip, groundTruth, detector);
        return report.toJson();
    }

    /**
     * {@code detect SOURCE [MODEL] [--annotate OUT.avi|OUT.mp4]} or {@code eval-mot CLIP GT [MODEL]}; models come from
     * the registry's usual locations ({@code RELAIS_MODELS}, {@code RELAIS_SHARED}/models, the cache). Progress goes
     * to stderr.
     */
    public static void main(String[] args) throws IOException {
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        int flag = rest.indexOf("--annotate");
        Path annotate = null;
        if (flag >= 0 && flag + 1 < rest.size()) {
            annotate = Path.of(rest.remove(flag + 1));
            rest.remove(flag);
        }
        boolean eval = !rest.isEmpty() && rest.get(0).equals("eval-mot");
        if (flag >= 0 && annotate == null || rest.size() < (eval ? 3 : 2)
                || !(eval || rest.get(0).equals("detect"))) {
            System.err.println("usage: detect SOURCE [MODEL] [--annotate OUT.avi|OUT.mp4] | eval-mot CLIP GT.txt [MODEL]");
            System.exit(2);
        }
        int modelArg = eval ? 3 : 2;
        String model = rest.size() > modelArg ? rest.get(modelArg) : "yolox-nano";
        try (ObjectDetector detector = ModelRegistry.fromEnvironment().open(model, 1)) {
            if (eval) {
                System.out.println(evalMot(Path.of(rest.get(1)), Path.of(rest.get(2)), detector));
            } else {
                Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                detect(SourceSettings.of(rest.get(1)).withAnalysisFps(5), detector, PipelineSettings.gated(), out,
                        annotate, System.err);
            }
        }
    }
}
