package city.relais.models.onnx;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.util.PairList;
import city.relais.models.Detection;
import city.relais.models.DetectionException;
import city.relais.models.ImageFrame;
import city.relais.models.ModelDescriptor;
import city.relais.models.ModelException;
import city.relais.models.ModelLayoutException;
import city.relais.models.ObjectDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An {@link ObjectDetector} on DJL + ONNX Runtime: one model session and one {@link Predictor}, so one per inference
 * thread. Internal to the models module: obtain detectors from {@link city.relais.models.ModelRegistry}.
 */
public final class OnnxObjectDetector implements ObjectDetector {

    private final ModelDescriptor model;
    private final double minScore;
    private final ZooModel<ImageFrame, List<Detection>> zoo;
    private final Predictor<ImageFrame, List<Detection>> predictor;
    private boolean closed;

    private OnnxObjectDetector(ModelDescriptor model, double minScore, ZooModel<ImageFrame, List<Detection>> zoo) {
        this.model = model;
        this.minScore = minScore;
        this.zoo = zoo;
        this.predictor = zoo.newPredictor();
    }

    /**
     * Loads a verified model file. The caller (the registry) has checked its sha256 and the privacy guard.
     *
     * @throws ModelLayoutException when the file's input is not the descriptor's
     * @throws ModelException       when ONNX Runtime cannot load the file
     */
    public static ObjectDetector open(ModelDescriptor model, Path file, int intraOpThreads, double minScore) {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, got " + intraOpThreads);
        }
        if (!(minScore > 0 && minScore < 1)) {
            throw new IllegalArgumentException("minScore must be within (0, 1), got " + minScore);
        }
        @SuppressWarnings("unchecked")
        Class<List<Detection>> listType = (Class<List<Detection>>) (Class<?>) List.class;
        Criteria<ImageFrame, List<Detection>> criteria = Criteria.builder()
                .setTypes(ImageFrame.class, listType)
                .optEngine("OnnxRuntime")
                .optModelPath(file.getParent())
                .optModelName(modelName(file))
                .optTranslator(DetectionTranslator.of(model, minScore))
                .optOption("intraOpNumThreads", Integer.toString(intraOpThreads))
                .optOption("interOpNumThreads", "1")
                .build();
        ZooModel<ImageFrame, List<Detection>> zoo;
        try {
            zoo = criteria.loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new ModelException("ONNX Runtime cannot load model '" + model.name() + "' from " + file + ": " + e,
                    e);
        }
        OnnxObjectDetector detector = null;
        try {
            checkInput(model, file, zoo.describeInput());
            detector = new OnnxObjectDetector(model, minScore, zoo);
            detector.warmUp();
            return detector;
        } catch (RuntimeException e) {
            if (detector != null) {
                detector.close();
            } else {
                zoo.close();
            }
            throw e;
        }
    }

    /** DJL finds {@code <name>.onnx} in the model folder. */
    private static String modelName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".onnx") ? name.substring(0, name.length() - ".onnx".length()) : name;
    }

    private static void checkInput(ModelDescriptor model, Path file, PairList<String, Shape> inputs) {
        Shape expected = new Shape(1, 3, model.input().height(), model.input().width());
        boolean ok = inputs != null && inputs.size() == 1 && model.input().name().equals(inputs.get(0).getKey())
                && fits(inputs.get(0).getValue(), expected);
        if (!ok) {
            throw new ModelLayoutException("Model '" + model.name() + "' (" + file + ") does not match its descriptor: "
                    + "expected one input '" + model.input().name() + "' " + expected + ", the file has "
                    + describe(inputs));
        }
    }

    private static String describe(PairList<String, Shape> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(inputs.get(i).getKey()).append("' ")
                    .append(inputs.get(i).getValue());
        }
        return text.toString();
    }

    /** Same rank and equal dimensions, a dynamic (negative) dimension fitting anything; unknown (null) fits. */
    private static boolean fits(Shape actual, Shape expected) {
        if (actual == null) {
            return true;
        }
        if (actual.dimension() != expected.dimension()) {
            return false;
        }
        for (int i = 0; i < expected.dimension(); i++) {
            if (actual.get(i) >= 0 && actual.get(i) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One inference on a grey frame: checks the output layout at load time rather than on the first real frame. */
    private void warmUp() {
        byte[] grey = new byte[model.input().width() * model.input().height() * 3];
        java.util.Arrays.fill(grey, (byte) 114);
        detect(new ImageFrame(model.input().width(), model.input().height(), grey));
    }

    @Override
    public List<Detection> detect(ImageFrame frame) {
        if (closed) {
            throw new IllegalStateException("detector for model '" + model.name() + "' is closed");
        }
        try {
            return predictor.predict(frame);
        } catch (TranslateException e) {
            if (e.getCause() instanceof DetectionException cause) {
                throw cause;
            }
            throw new DetectionException("Inference with model '" + model.name() + "' failed on " + frame + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ModelDescriptor model() {
        return model;
    }

    @Override
    public double minScore() {
        return minScore;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            predictor.close();
            zoo.close();
        }
    }
}
