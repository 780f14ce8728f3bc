package city.relais.vision.source;

/** A source cannot be opened or read; the message says which source and why. */
public class SourceException extends RuntimeException {

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceException(String message) {
        super(message);
    }
}
