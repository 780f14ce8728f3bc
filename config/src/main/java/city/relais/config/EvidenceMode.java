package city.relais.config;

/** What the hub keeps as evidence of a detection. */
public enum EvidenceMode implements WireNamed {
    /** Only the event's numbers (default). */
    METADATA_ONLY("metadata-only"),
    /** A snapshot with persons and plates blurred, for the events listed in {@code snapshots-for}. */
    BLURRED_SNAPSHOT("blurred-snapshot");

    private final String wireName;

    EvidenceMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
