package city.relais.connectors.open311;

/** The two states of a GeoReport v2 service request. */
public enum RequestStatus {
    OPEN("open"), CLOSED("closed");

    private final String wireName;

    RequestStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** {@link #CLOSED} for "closed" (any case), else {@link #OPEN}. */
    public static RequestStatus of(String wireName) {
        return CLOSED.wireName.equalsIgnoreCase(wireName) ? CLOSED : OPEN;
    }
}
