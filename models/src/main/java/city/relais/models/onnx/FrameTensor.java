package city.relais.models.onnx;

import city.relais.models.ColourOrder;
import city.relais.models.ImageFrame;
import city.relais.models.InputSpec;

/**
 * Builds a model's planar float input (CHW, [3, height, width]) from a packed BGR frame: bilinear resize with
 * OpenCV's {@code INTER_LINEAR} sampling (pixel centres aligned), channel order, normalisation and padding.
 */
final class FrameTensor {

    private FrameTensor() {
    }

    static float[] chw(ImageFrame frame, InputSpec input, Letterbox box) {
        int plane = input.width() * input.height();
        float[] out = new float[3 * plane];
        float[] scale = new float[3];
        float[] offset = new float[3];
        for (int p = 0; p < 3; p++) {
            double std = input.normalisation().std().get(p);
            scale[p] = (float) (1 / std);
            offset[p] = (float) (-input.normalisation().mean().get(p) / std);
            if (box.resizedWidth() < input.width() || box.resizedHeight() < input.height()) {
                java.util.Arrays.fill(out, p * plane, (p + 1) * plane, input.padValue() * scale[p] + offset[p]);
            }
        }
        Axis xs = Axis.of(frame.width(), box.resizedWidth());
        Axis ys = Axis.of(frame.height(), box.resizedHeight());
        // source channel c (0 = B, 1 = G, 2 = R) goes to plane planeOf[c]
        int[] planeOf = input.colourOrder() == ColourOrder.BGR ? new int[] {0, 1, 2} : new int[] {2, 1, 0};
        for (int c = 0; c < 3; c++) {
            int p = planeOf[c];
            resizeChannel(frame, c, xs, ys, out, p * plane, input.width(), scale[p], offset[p]);
        }
        return out;
    }

    /** Bilinear resize of one source channel into one output plane, with the affine normalisation applied. */
    private static void resizeChannel(ImageFrame frame, int c, Axis xs, Axis ys, float[] out, int planeStart,
                                      int outWidth, float scale, float offset) {
        byte[] px = frame.bgr();
        int stride = frame.width() * 3;
        int[] x0 = xs.i0;
        int[] x1 = xs.i1;
        float[] wx = xs.w;
        int width = x0.length;
        for (int y = 0; y < ys.i0.length; y++) {
            int row0 = ys.i0[y] * stride + c;
            int row1 = ys.i1[y] * stride + c;
            float wy = ys.w[y];
            int dst = planeStart + y * outWidth;
            for (int x = 0; x < width; x++) {
                int a = x0[x] * 3;
                int b = x1[x] * 3;
                float w = wx[x];
                float top = (px[row0 + a] & 0xFF) + ((px[row0 + b] & 0xFF) - (px[row0 + a] & 0xFF)) * w;
                float bottom = (px[row1 + a] & 0xFF) + ((px[row1 + b] & 0xFF) - (px[row1 + a] & 0xFF)) * w;
                out[dst + x] = (top + (bottom - top) * wy) * scale + offset;
            }
        }
    }

    /** Per destination index: the two source indices and the weight of the second. */
    private record Axis(int[] i0, int[] i1, float[] w) {

        static Axis of(int source, int dest) {
            int[] i0 = new int[dest];
            int[] i1 = new int[dest];
            float[] w = new float[dest];
            double ratio = source / (double) dest;
            for (int d = 0; d < dest; d++) {
                double s = (d + 0.5) * ratio - 0.5;
                int lo = (int) Math.floor(s);
                double frac = s - lo;
                if (lo < 0) {
                    lo = 0;
                    frac = 0;
                }
                if (lo >= source - 1) {
                    lo = source - 1;
                    frac = 0;
                }
                i0[d] = lo;
                i1[d] = Math.min(lo + 1, source - 1);
                w[d] = (float) frac;
            }
            return new Axis(i0, i1, w);
        }
    }
}
