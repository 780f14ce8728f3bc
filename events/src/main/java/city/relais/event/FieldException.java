package city.relais.event;

/**
 * A {@link CityEvent} field broke its rule. The message is {@code "<field>: <reason>"}; the codec re-reads
 * {@link #field()} to say where on the wire the field lives ({@code data.confidence}, {@code id}).
 */
final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    FieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The record component, or {@code measurements.<name>} for one measurement. */
    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
