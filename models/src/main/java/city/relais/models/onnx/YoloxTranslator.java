package city.relais.models.onnx;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.List;

/** YOLOX: one output [1, cells, 5 + classes]; see {@link YoloxDecoder}. */
final class YoloxTranslator extends DetectionTranslator {

    YoloxTranslator(ModelDescriptor model, double minScore) {
        super(model, minScore);
    }

    @Override
    List<Detection> decode(NDList outputs, Letterbox box) {
        Shape expected = new Shape(1, YoloxDecoder.rows(model), 5 + model.labels().size());
        if (outputs.size() != 1 || !outputs.get(0).getShape().equals(expected)) {
            throw mismatch("one output " + expected, outputs);
        }
        return YoloxDecoder.decode(outputs.get(0).toFloatArray(), model, box, minScore);
    }
}
