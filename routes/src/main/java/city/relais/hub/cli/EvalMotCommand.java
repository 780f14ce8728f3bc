package city.relais.hub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import city.relais.models.ModelException;
import city.relais.models.ModelRegistry;
import city.relais.models.ObjectDetector;
import city.relais.vision.tool.DetectTool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais eval-mot}: person detection and tracking accuracy of the pipeline against MOT ground truth. */
@Command(name = "eval-mot", mixinStandardHelpOptions = true,
        description = "Person detection and tracking accuracy (AP50, recall, precision, MOTA, IDF1, id switches) of "
                + "the gated pipeline on a clip against its MOT ground truth.")
final class EvalMotCommand implements Callable<Integer> {

    private static final double EVAL_MIN_SCORE = 0.05;

    @Option(names = "--source", required = true, paramLabel = "CLIP", description = "the video clip")
    Path clip;

    @Option(names = "--gt", required = true, paramLabel = "GT.txt", description = "MOT ground truth of the clip")
    Path groundTruth;

    @Option(names = "--model", defaultValue = "yolox-nano", description = "detector (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--json", description = "print only the JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // AP needs the low-score detections too: the detector runs with the evaluation threshold, not its default
        try (ObjectDetector detector = ModelRegistry.fromEnvironment().open(model, 1, EVAL_MIN_SCORE)) {
            String report = DetectTool.evalMot(clip, groundTruth, detector);
            spec.commandLine().getOut().println(json ? report : "eval-mot " + clip.getFileName() + " with " + model
                    + ":\n" + report);
            return 0;
        } catch (ModelException e) {
            spec.commandLine().getErr().println("eval-mot: " + e.getMessage());
            return RelaisCommand.INVALID_INPUT;
        }
    }
}
