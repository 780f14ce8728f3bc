package city.relais.config;

/** Where the message broker runs. */
public enum BrokerMode implements WireNamed {
    /** Inside the hub's JVM (Artemis embedded). */
    EMBEDDED("embedded"),
    /** A broker (or cluster) run by the city, reached by URL. */
    EXTERNAL("external");

    private final String wireName;

    BrokerMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
