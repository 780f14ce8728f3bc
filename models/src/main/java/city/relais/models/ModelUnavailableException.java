package city.relais.models;

/** No usable file for a model: not in any local folder nor the cache, and download disabled or failed. */
public class ModelUnavailableException extends ModelException {

    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message) {
        super(message);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
