package city.relais.models;

import java.util.List;

/**
 * A loaded object detector. Obtain one from {@link ModelRegistry#open(String, int)}.
 *
 * <p><b>Not thread-safe.</b> An instance owns one inference session and one predictor: give each inference thread its
 * own detector and never call {@link #detect} from two threads at once. Close it to release native memory.
 */
public interface ObjectDetector extends AutoCloseable {

    /**
     * Detects objects in one frame. Boxes are normalised to this frame; per-class non-maximum suppression is applied;
     * only detections scoring at least the detector's minimum score are returned, highest score first.
     *
     * @throws DetectionException when inference fails or the model's outputs do not match its descriptor
     */
    List<Detection> detect(ImageFrame frame);

    /** The descriptor this detector was built from. */
    ModelDescriptor model();

    /** The minimum score this detector reports (the descriptor's default unless set when opened). */
    double minScore();

    /** Releases the native session; idempotent. */
    @Override
    void close();
}
