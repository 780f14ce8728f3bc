package city.relais.event;

/**
 * An incoming event was refused. The message is a reason a human can act on, e.g.
 * {@code unknown event type 'city.relais.zone.bogus'} or {@code data.confidence: 1.7 is outside 0..1}.
 */
public class InvalidEventException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
