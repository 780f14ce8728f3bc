package city.relais.hub.traffic;

import java.time.Instant;

import city.relais.connectors.traffic.PriorityRequest;
import city.relais.connectors.traffic.RequestStatus;

/**
 * The one request the hub holds for an approach: what was last sent, when, and the last status the controller gave.
 */
record ActiveRequest(PriorityRequest request, Long trackId, Instant sentAt, RequestStatus status) {

    ActiveRequest sent(PriorityRequest next, Long track, Instant at, RequestStatus now) {
        return new ActiveRequest(next, track, at, now);
    }

    ActiveRequest withStatus(RequestStatus next) {
        return new ActiveRequest(request, trackId, sentAt, next);
    }
}
