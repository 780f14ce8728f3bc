package city.relais.models;

/** Inference failed on a frame, or the model's outputs do not match its descriptor. */
public class DetectionException extends ModelException {

    private static final long serialVersionUID = 1L;

    public DetectionException(String message) {
        super(message);
    }

    public DetectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
