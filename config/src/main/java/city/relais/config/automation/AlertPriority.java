package city.relais.config.automation;

import city.relais.config.WireNamed;

/** How an operator alert is ranked in the control room. */
public enum AlertPriority implements WireNamed {
    LOW("low"), NORMAL("normal"), HIGH("high");

    private final String wireName;

    AlertPriority(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
