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
        PrintWriter w = new PrintWriter(out);
        long lines = 0;
        try (FrameDecoder decoder = FrameDecoder.open(source);
             DetectionPipeline run = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()),
                     PrivacyMask.none(), pipeline)) {
            for (DecodedFrame f = decoder.next(); f != null; f = decoder.next()) {
                FrameResult r = run.process(f.index(), f.time(), f.image());
                if (!r.analysed()) {
                    continue;
                }
                for (Track t : r.confirmed()) {
                    w.println(line(r, t));
                    lines++;
                }
            }
        }
        w.flush();
        return lines;
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
     * {@code detect SOURCE [MODEL]} or {@code eval-mot CLIP GT [MODEL]}; models come from the registry's usual
     * locations ({@code RELAIS_MODELS}, {@code RELAIS_SHARED}/models, the cache).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("detect") || args[0].equals("eval-mot") && args.length >= 3)) {
            System.err.println("usage: detect SOURCE [MODEL] | eval-mot CLIP GT.txt [MODEL]");
            System.exit(2);
        }
        boolean eval = args[0].equals("eval-mot");
        int modelArg = eval ? 3 : 2;
        String model = args.length > modelArg ? args[modelArg] : "yolox-nano";
        try (ObjectDetector detector = ModelRegistry.fromEnvironment().open(model, 1)) {
            if (eval) {
                System.out.println(evalMot(Path.of(args[1]), Path.of(args[2]), detector));
            } else {
                Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                detect(SourceSettings.of(args[1]).withAnalysisFps(5), detector, PipelineSettings.gated(), out);
            }
        }
    }
}
