package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.RequestStatus;

import java.time.Instant;

/** A status a simulated priority request went through, and when. */
public record RequestRecord(int requestId, RequestStatus status, Instant time) {
}
