package city.relais.connectors.traffic;

import city.relais.config.automation.VehicleClass;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A priority request (NTCIP 1211 style) for one approach: the controller decides whether and how to serve it
 * (early green or green extension, within its own safety timings). Sent again with the same id, it is an update.
 *
 * @param requestId          1..65535, unique among the controller's active requests
 * @param approach           approach name on the controller (e.g. {@code N})
 * @param vehicleClass       emergency or transit
 * @param level              1 (highest) .. 10
 * @param desiredServiceTime when the vehicle wants its green (now + ETA); null = as soon as possible
 * @param estimatedDeparture when the vehicle expects to have left the intersection; null = unknown
 * @param lifetime           the controller expires the request after this unless it is updated
 * @param reserviceLimit     the controller serves the same approach by priority again only after this
 */
public record PriorityRequest(int requestId, String approach, VehicleClass vehicleClass, int level,
                              Instant desiredServiceTime, Instant estimatedDeparture, Duration lifetime,
                              Duration reserviceLimit) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(30);
    public static final int HIGHEST_LEVEL = 1;
    public static final int LOWEST_LEVEL = 10;

    public PriorityRequest {
        if (requestId < 1 || requestId > 0xFFFF) {
            throw new IllegalArgumentException("requestId: " + requestId + " is outside 1..65535");
        }
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(vehicleClass, "vehicleClass");
        if (level < HIGHEST_LEVEL || level > LOWEST_LEVEL) {
            throw new IllegalArgumentException("level: " + level + " is outside 1..10");
        }
        lifetime = lifetime == null ? DEFAULT_LIFETIME : lifetime;
        reserviceLimit = reserviceLimit == null ? Duration.ZERO : reserviceLimit;
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime: " + lifetime + " must be positive");
        }
    }

    /** The default level of a class: emergency vehicles above buses. */
    public static int levelOf(VehicleClass vehicleClass) {
        return vehicleClass == VehicleClass.EMERGENCY ? HIGHEST_LEVEL : 5;
    }

    /** The same request with a new desired service time and departure (an update as the ETA changes). */
    public PriorityRequest withTimes(Instant serviceTime, Instant departure) {
        return new PriorityRequest(requestId, approach, vehicleClass, level, serviceTime, departure, lifetime,
                reserviceLimit);
    }
}
