package city.relais.hub.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.models.ModelException;
import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.pipeline.PipelineSettings;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.tool.DetectTool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais detect}: the detection core on a file or stream, one JSON line per track per analysed frame. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Run the detection core (motion gating, detector, tracker) on a video file or stream and write "
                + "one JSON line per confirmed track per analysed frame: frame, time, track_id, label, score, box.")
final class DetectCommand implements Callable<Integer> {

    @Option(names = "--source", required = true, paramLabel = "FILE|URL", description = "video file, rtsp:// or http(s)://")
    String source;

    @Option(names = "--model", defaultValue = "yolox-nano", description = "detector (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--fps", defaultValue = "5", description = "analysis frames per second (0: every frame)")
    double fps;

    @Option(names = "--out", paramLabel = "tracks.jsonl", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--no-gating", description = "run the detector on every analysed frame")
    boolean noGating;

    @Option(names = "--annotate", paramLabel = "out.mp4|out.avi",
            description = "also write a video with boxes, track ids and labels; persons are pixelated")
    Path annotate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        PipelineSettings pipeline = noGating ? PipelineSettings.ungated() : PipelineSettings.gated();
        try (ObjectDetector detector = ModelRegistry.fromEnvironment().open(model, 1);
             Writer writer = out == null
                     ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                     : new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            long lines = DetectTool.detect(SourceSettings.of(source).withAnalysisFps(fps), detector, pipeline, writer,
                    annotate, System.err);
            err.printf("detect: %d track line(s) from %s with %s%s%s%n", lines, source, model,
                    out == null ? "" : " -> " + out, annotate == null ? "" : ", video " + annotate);
            return 0;
        } catch (ModelException | IllegalArgumentException e) {
            err.println("detect: " + e.getMessage());
            return RelaisCommand.INVALID_INPUT;
        }
    }
}
