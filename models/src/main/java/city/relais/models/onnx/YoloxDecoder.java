package city.relais.models.onnx;

import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes YOLOX's raw head output [cells, 5 + classes] (cells of every stride, row-major per grid, strides in order):
 * {@code cx = (x + gx) * s}, {@code cy = (y + gy) * s}, {@code w = exp(w) * s}, {@code h = exp(h) * s} in input
 * pixels; objectness and class scores are already sigmoid, score = obj * cls. Every (cell, class) pair at or above
 * the minimum score is a candidate (per-class NMS follows).
 */
final class YoloxDecoder {

    private YoloxDecoder() {
    }

    /** Rows the output must have for this descriptor. */
    static int rows(ModelDescriptor d) {
        return d.strides().stream().mapToInt(d::cells).sum();
    }

    static List<Detection> decode(float[] out, ModelDescriptor d, Letterbox box, double minScore) {
        int classes = d.labels().size();
        int cols = 5 + classes;
        if (out.length != rows(d) * cols) {
            throw new IllegalArgumentException("YOLOX output has " + out.length + " values, expected " + rows(d)
                    + " x " + cols);
        }
        List<Detection> found = new ArrayList<>();
        int row = 0;
        for (int stride : d.strides()) {
            int gridW = d.input().width() / stride;
            int cells = d.cells(stride);
            for (int cell = 0; cell < cells; cell++, row++) {
                int o = row * cols;
                float objectness = out[o + 4];
                if (objectness < minScore) {
                    continue;
                }
                for (int c = 0; c < classes; c++) {
                    double score = objectness * out[o + 5 + c];
                    if (score >= minScore) {
                        found.add(box(out, o, cell % gridW, cell / gridW, stride, d, c, score, box));
                    }
                }
            }
        }
        return found;
    }

    private static Detection box(float[] out, int o, int gx, int gy, int stride, ModelDescriptor d, int c,
                                 double score, Letterbox box) {
        double cx = (out[o] + gx) * stride;
        double cy = (out[o + 1] + gy) * stride;
        double halfW = Math.exp(out[o + 2]) * stride / 2;
        double halfH = Math.exp(out[o + 3]) * stride / 2;
        return Detection.ofCorners(d.labels().get(c), c, Math.min(1, score),
                box.normX(cx - halfW), box.normY(cy - halfH), box.normX(cx + halfW), box.normY(cy + halfH));
    }
}
