package city.relais.models.onnx;

import city.relais.models.Detection;
import city.relais.models.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes PicoDet's GFL head: per stride a score tensor [cells, classes] (sigmoid) and a box tensor
 * [cells, 4 * bins] giving, for the left, top, right and bottom distances, a distribution over {@code bins} bins.
 * Distance = softmax expectation × stride; cell centre = {@code (i + 0.5) * stride - 0.5} in input pixels.
 */
final class GflDecoder {

    private GflDecoder() {
    }

    /**
     * @param scores per stride (descriptor order), {@code cells * classes} values
     * @param boxes  per stride (descriptor order), {@code cells * 4 * bins} values
     */
    static List<Detection> decode(List<float[]> scores, List<float[]> boxes, ModelDescriptor d, Letterbox box,
                                  double minScore) {
        int classes = d.labels().size();
        int bins = d.boxBins();
        List<Detection> found = new ArrayList<>();
        for (int k = 0; k < d.strides().size(); k++) {
            int stride = d.strides().get(k);
            int gridW = d.input().width() / stride;
            int cells = d.cells(stride);
            float[] score = scores.get(k);
            float[] dist = boxes.get(k);
            if (score.length != cells * classes || dist.length != cells * 4 * bins) {
                throw new IllegalArgumentException("stride " + stride + ": " + score.length + " scores and "
                        + dist.length + " box values, expected " + cells * classes + " and " + cells * 4 * bins);
            }
            double[] sides = new double[4];
            for (int cell = 0; cell < cells; cell++) {
                boolean decoded = false;
                for (int c = 0; c < classes; c++) {
                    float s = score[cell * classes + c];
                    if (s < minScore) {
                        continue;
                    }
                    if (!decoded) {
                        distances(dist, cell * 4 * bins, bins, stride, sides);
                        decoded = true;
                    }
                    double cx = (cell % gridW + 0.5) * stride - 0.5;
                    double cy = (cell / gridW + 0.5) * stride - 0.5;
                    found.add(Detection.ofCorners(d.labels().get(c), c, Math.min(1, s),
                            box.normX(cx - sides[0]), box.normY(cy - sides[1]),
                            box.normX(cx + sides[2]), box.normY(cy + sides[3])));
                }
            }
        }
        return found;
    }

    /** Expected distance of each side: softmax over the bins, times the bin index, times the stride. */
    static void distances(float[] dist, int offset, int bins, int stride, double[] sides) {
        for (int side = 0; side < 4; side++) {
            int o = offset + side * bins;
            double max = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < bins; b++) {
                max = Math.max(max, dist[o + b]);
            }
            double sum = 0;
            double expectation = 0;
            for (int b = 0; b < bins; b++) {
                double e = Math.exp(dist[o + b] - max);
                sum += e;
                expectation += e * b;
            }
            sides[side] = expectation / sum * stride;
        }
    }
}
