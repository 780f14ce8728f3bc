package city.relais.vision.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import city.relais.models.ImageFrame;
import city.relais.models.InputSpec;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * A bare ONNX Runtime session (no DJL, no pre- or post-processing in the timed call): the baseline of
 * {@link DetectionBench}. One intra-op and one inter-op thread, all graph optimisations.
 */
final class RawOnnx implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final InputSpec input;

    RawOnnx(Path model, InputSpec input) throws OrtException {
        this.input = input;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model.toString(), options);
        }
    }

    /**
     * The model's input tensor for a frame: resized keeping the aspect ratio (nearest pixel), top-left, padded, as
     * planar floats with the descriptor's normalisation. Built before timing: only {@link #infer} is timed.
     */
    OnnxTensor tensor(ImageFrame frame) throws OrtException {
        int w = input.width();
        int h = input.height();
        double scale = Math.min((double) w / frame.width(), (double) h / frame.height());
        int rw = (int) Math.round(frame.width() * scale);
        int rh = (int) Math.round(frame.height() * scale);
        float[] chw = new float[3 * w * h];
        for (int p = 0; p < 3; p++) {
            double mean = input.normalisation().mean().get(p);
            double std = input.normalisation().std().get(p);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double v = input.padValue();
                    if (x < rw && y < rh) {
                        v = frame.channel(Math.min(frame.width() - 1, (int) (x / scale)),
                                Math.min(frame.height() - 1, (int) (y / scale)), p);
                    }
                    chw[p * w * h + y * w + x] = (float) ((v - mean) / std);
                }
            }
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(chw), new long[] {1, 3, h, w});
    }

    /** One inference; the outputs are released unread. */
    void infer(OnnxTensor tensor) throws OrtException {
        try (OrtSession.Result ignored = session.run(Map.of(input.name(), tensor))) {
            // outputs are only produced, as the timed baseline
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
