package city.relais.config.automation;

import city.relais.config.WireNamed;

/** Who lets a ticket go out: the hub alone (with de-duplication) or an operator. */
public enum Tier implements WireNamed {
    AUTOMATIC("automatic"), OPERATOR_CONFIRMED("operator-confirmed");

    private final String wireName;

    Tier(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
