package city.relais.models;

/** The model file's inputs or outputs do not have the shapes its descriptor declares (wrong file, wrong labels). */
public class ModelLayoutException extends DetectionException {

    private static final long serialVersionUID = 1L;

    public ModelLayoutException(String message) {
        super(message);
    }

    public ModelLayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
