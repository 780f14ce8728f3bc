package city.relais.models.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import city.relais.models.Detection;
import city.relais.models.ImageFrame;
import city.relais.models.ModelDescriptor;
import city.relais.models.ModelLayoutException;
import city.relais.models.Nms;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pre-processing (resize, colour order, normalisation, as the descriptor says) and post-processing (layout decode,
 * per-class NMS) around a detector. One subclass per {@link city.relais.models.OutputLayout}. Stateless between
 * calls: per-frame state travels in the {@link TranslatorContext}.
 */
abstract class DetectionTranslator implements NoBatchifyTranslator<ImageFrame, List<Detection>> {

    private static final String LETTERBOX = "relais.letterbox";
    /** Highest-scoring candidates per class considered by NMS. */
    private static final int MAX_PER_CLASS = 1000;

    final ModelDescriptor model;
    final double minScore;

    DetectionTranslator(ModelDescriptor model, double minScore) {
        this.model = model;
        this.minScore = minScore;
    }

    static DetectionTranslator of(ModelDescriptor model, double minScore) {
        return switch (model.outputLayout()) {
            case YOLOX -> new YoloxTranslator(model, minScore);
            case PICODET_GFL -> new PicoDetTranslator(model, minScore);
        };
    }

    @Override
    public NDList processInput(TranslatorContext ctx, ImageFrame frame) {
        Letterbox box = Letterbox.of(model.input(), frame.width(), frame.height());
        ctx.setAttachment(LETTERBOX, box);
        float[] chw = FrameTensor.chw(frame, model.input(), box);
        NDArray input = ctx.getNDManager().create(FloatBuffer.wrap(chw),
                new Shape(1, 3, model.input().height(), model.input().width()));
        input.setName(model.input().name());
        return new NDList(input);
    }

    @Override
    public List<Detection> processOutput(TranslatorContext ctx, NDList outputs) {
        Letterbox box = (Letterbox) ctx.getAttachment(LETTERBOX);
        return Nms.perClass(decode(outputs, box), model.nmsIou(), MAX_PER_CLASS);
    }

    /** Candidates before NMS; throws {@link ModelLayoutException} when the outputs do not fit the descriptor. */
    abstract List<Detection> decode(NDList outputs, Letterbox box);

    /** A loud error naming the model, what was expected and what the file produced. */
    ModelLayoutException mismatch(String expected, NDList outputs) {
        return new ModelLayoutException("Model '" + model.name() + "' (" + model.fileName() + ", layout "
                + model.outputLayout() + ", " + model.labels().size() + " labels from " + model.labelSet()
                + ") does not match its outputs: expected " + expected + ", got " + shapes(outputs)
                + ". Wrong file, wrong layout or wrong labels in the descriptor?");
    }

    static String shapes(NDList outputs) {
        return outputs.stream().map(a -> a.getShape().toString()).collect(Collectors.joining(", ", "[", "]"));
    }
}
