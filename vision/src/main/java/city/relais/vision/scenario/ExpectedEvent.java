package city.relais.vision.scenario;

/**
 * An event a scenario's skill must emit: of {@code type} in {@code zone}, at clip time {@code at} seconds, matched
 * when emitted within {@code [at - 1 s, at + tolerance]}.
 */
public record ExpectedEvent(String type, String zone, double at, double tolerance) {

    /** Seconds an event may come before its expected time. */
    public static final double EARLY_S = 1.0;

    public ExpectedEvent {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("expected event: type is required");
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("expected event " + type + ": tolerance must be >= 0, got " + tolerance);
        }
    }

    /** True when an event of this type and zone at clip time {@code t} matches. */
    public boolean matches(String emittedType, String emittedZone, double t) {
        return type.equals(emittedType) && (zone == null || zone.equals(emittedZone)) && t >= at - EARLY_S
                && t <= at + tolerance;
    }
}
