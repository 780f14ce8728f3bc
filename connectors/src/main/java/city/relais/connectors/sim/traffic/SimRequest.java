package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.RequestStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * A priority request as the simulated controller holds it in one slot of its table.
 *
 * @param slot        table slot
 * @param requestId   the client's id
 * @param approach    approach number
 * @param vehicleClass 1 emergency, 2 transit
 * @param level       1 (highest) .. 10
 * @param serviceAt   desired service time
 * @param departureAt estimated departure (informative)
 * @param expiresAt   end of its lifetime unless updated
 * @param reservice   the same approach is not served by priority again within this
 * @param arrivedAt   when it was first received (ties between equal levels go to the earlier)
 * @param status      where the controller is with it
 * @param servedAt    when its green started or was extended for it; null before
 */
public record SimRequest(int slot, int requestId, int approach, int vehicleClass, int level, Instant serviceAt,
                         Instant departureAt, Instant expiresAt, Duration reservice, Instant arrivedAt,
                         RequestStatus status, Instant servedAt) {

    SimRequest withStatus(RequestStatus next, Instant at) {
        return new SimRequest(slot, requestId, approach, vehicleClass, level, serviceAt, departureAt, expiresAt,
                reservice, arrivedAt, next, next == RequestStatus.SERVED && servedAt == null ? at : servedAt);
    }

    SimRequest updated(Instant newServiceAt, Instant newDepartureAt, Instant newExpiry) {
        return new SimRequest(slot, requestId, approach, vehicleClass, level, newServiceAt, newDepartureAt,
                newExpiry, reservice, arrivedAt, status, servedAt);
    }

    /** Still wanting service: queued, processing or being served. */
    boolean active() {
        return status == RequestStatus.QUEUED || status == RequestStatus.PROCESSING
                || status == RequestStatus.SERVED;
    }
}
