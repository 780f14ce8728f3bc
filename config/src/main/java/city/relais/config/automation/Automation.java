package city.relais.config.automation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which events move which device under which policy.
 *
 * @param id     {@code [a-z0-9][a-z0-9-]*}
 * @param when   the trigger
 * @param policy the policy's wire name ({@link #policyType()} gives the enum)
 * @param device device id; null for operator-alert
 * @param lamps  dim-when-empty only: lamps to drive; empty = every lamp of the device
 * @param params the policy's parameters, never null
 * @param tier   ticket only: event type to tier, one entry per event of {@code when} (default operator-confirmed)
 */
public record Automation(String id, When when, String policy, String device, List<String> lamps,
                         AutomationParams params, Map<String, Tier> tier) {

    public Automation {
        lamps = lamps == null ? List.of() : List.copyOf(lamps);
        tier = tier == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tier));
    }

    /** The policy as an enum; throws if the policy name is unknown (never the case in a loaded config). */
    public Policy policyType() {
        return Policy.fromWireName(policy)
                .orElseThrow(() -> new IllegalStateException("unknown policy " + policy));
    }
}
