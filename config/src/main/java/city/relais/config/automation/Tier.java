package city.relais.config.automation;

import city.relais.config.WireNamed;

/**
 * Who lets a ticket go out: the hub alone (with de-duplication), an operator, or nobody (alert-only: operators see
 * the alert and judge it, no ticket is opened; what security events always get through the operator-alert policy).
 */
public enum Tier implements WireNamed {
    AUTOMATIC("automatic"), OPERATOR_CONFIRMED("operator-confirmed"), ALERT_ONLY("alert-only");

    private final String wireName;

    Tier(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
