package city.relais.models;

/** A descriptor declares labels or tasks that Relais never runs (faces, biometrics, plate reading). */
public class PrivacyViolationException extends ModelException {

    private static final long serialVersionUID = 1L;

    public PrivacyViolationException(String message) {
        super(message);
    }

    public PrivacyViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
