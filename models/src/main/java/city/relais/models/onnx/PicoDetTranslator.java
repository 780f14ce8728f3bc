package city.relais.models.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PicoDet / GFL: per stride a score tensor [1, cells, classes] and a box tensor [1, cells, 4 * bins]. Tensors are
 * matched to strides by shape (the export lists the score tensors first, then the box tensors); see
 * {@link GflDecoder}.
 */
final class PicoDetTranslator extends DetectionTranslator {

    PicoDetTranslator(ModelDescriptor model, double minScore) {
        super(model, minScore);
    }

    @Override
    List<Detection> decode(NDList outputs, Letterbox box) {
        int strides = model.strides().size();
        float[][] scores = new float[strides][];
        float[][] boxes = new float[strides][];
        if (outputs.size() != 2 * strides) {
            throw mismatch(expected(), outputs);
        }
        for (NDArray output : outputs) {
            if (!assign(output, scores, model.labels().size()) && !assign(output, boxes, 4 * model.boxBins())) {
                throw mismatch(expected(), outputs);
            }
        }
        if (Arrays.stream(scores).anyMatch(a -> a == null) || Arrays.stream(boxes).anyMatch(a -> a == null)) {
            throw mismatch(expected(), outputs);
        }
        return GflDecoder.decode(List.of(scores), List.of(boxes), model, box, minScore);
    }

    /** Puts the output in the first free slot whose stride has its shape; false when none fits. */
    private boolean assign(NDArray output, float[][] slots, int lastDim) {
        for (int k = 0; k < slots.length; k++) {
            Shape shape = new Shape(1, model.cells(model.strides().get(k)), lastDim);
            if (slots[k] == null && output.getShape().equals(shape)) {
                slots[k] = output.toFloatArray();
                return true;
            }
        }
        return false;
    }

    private String expected() {
        List<String> shapes = new ArrayList<>();
        for (int s : model.strides()) {
            shapes.add(new Shape(1, model.cells(s), model.labels().size()).toString());
        }
        for (int s : model.strides()) {
            shapes.add(new Shape(1, model.cells(s), 4 * model.boxBins()).toString());
        }
        return shapes.toString();
    }
}
