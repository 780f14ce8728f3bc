package city.relais.hub.traffic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import city.relais.config.automation.EmergencyPriorityParams;
import city.relais.connectors.traffic.PriorityRequest;
import city.relais.connectors.traffic.RequestAck;
import city.relais.connectors.traffic.RequestStatus;
import city.relais.event.CityEvent;
import city.relais.event.EventType;

/**
 * The {@code emergency-priority} policy of one automation: {@code emergency.approaching} sends a priority request for
 * the approach (at most one per approach; repeats of the same vehicle are absorbed, a changed ETA or a request half
 * way through its lifetime is updated); {@code emergency.cleared} (stop line crossed, or track lost) cancels it, then
 * clears it. Statuses the controller reports are followed and reported; a finished request is cleared and never sent
 * again. The controller alone decides what the signals do. Every method runs on the controller's thread.
 */
final class EmergencyPriority {

    /** A desired service time moving by less than this is the same request, not an update. */
    static final Duration UPDATE_THRESHOLD = Duration.ofSeconds(1);
    /** The time a vehicle needs to cross, added to its ETA for the estimated departure. */
    static final Duration CROSSING_TIME = Duration.ofSeconds(5);

    private final String automation;
    private final EmergencyPriorityParams params;
    private final Map<String, String> approachOfZone;
    private final ControllerChannel channel;
    private final RequestIds ids;
    private final TrafficReports reports;
    private final Clock clock;
    private final Map<String, ActiveRequest> active = new LinkedHashMap<>();
    /** The vehicle whose request the controller rejected, per approach, and until when it is not asked again. */
    private final Map<String, Map.Entry<Long, Instant>> rejected = new LinkedHashMap<>();

    /** @param approachOfZone the approach of each zone (from the camera's emergency-vehicle skills) */
    EmergencyPriority(String automation, EmergencyPriorityParams params, Map<String, String> approachOfZone,
                      ControllerChannel channel, RequestIds ids, TrafficReports reports, Clock clock) {
        this.automation = automation;
        this.params = params;
        this.approachOfZone = Map.copyOf(approachOfZone);
        this.channel = channel;
        this.ids = ids;
        this.reports = reports;
        this.clock = clock;
    }

    void onEvent(CityEvent event) {
        if (event.type() == EventType.CAMERA_DOWN) {
            cancelAll("camera " + event.camera() + " down: every track lost");
            return;
        }
        String approach = params.approach() != null ? params.approach()
                : event.zone() == null ? null : approachOfZone.get(event.zone());
        if (approach == null) {
            report("?", 0, "rejected", "no approach for zone " + event.zone() + " of camera " + event.camera(),
                    event.id());
            return;
        }
        if (event.type() == EventType.EMERGENCY_APPROACHING) {
            approaching(approach, event);
        } else if (event.type() == EventType.EMERGENCY_CLEARED) {
            cleared(approach, event);
        }
    }

    private void approaching(String approach, CityEvent event) {
        Instant now = clock.instant();
        Double eta = event.measurements().get(city.relais.vision.skill.EmergencyVehicleWatch.ETA_SECONDS);
        Instant service = eta == null ? now : event.time().plusMillis(Math.round(eta * 1000));
        ActiveRequest held = active.get(approach);
        Map.Entry<Long, Instant> refusal = rejected.get(approach);
        long track = event.trackId() == null ? -1 : event.trackId();
        if (held == null && refusal != null && refusal.getKey() == track && now.isBefore(refusal.getValue())) {
            return;
        }
        if (held == null) {
            PriorityRequest request = new PriorityRequest(ids.next(), approach, params.vehicleClass(),
                    PriorityRequest.levelOf(params.vehicleClass()), service, service.plus(CROSSING_TIME),
                    params.lifetime(), Duration.ZERO);
            Optional<RequestAck> ack = channel.exchange("request " + request.requestId(), c -> c.request(request));
            if (ack.isEmpty()) {
                report(approach, request.requestId(), "unsent", "controller unreachable or refused: not sent again",
                        event.id());
                return;
            }
            active.put(approach, new ActiveRequest(request, event.trackId(), now, ack.get().status()));
            report(approach, request.requestId(), ack.get().status().wireName(), describe(event, eta), event.id());
            finishIfOver(approach);
            return;
        }
        Instant previous = held.request().desiredServiceTime();
        boolean moved = Duration.between(previous, service).abs().compareTo(UPDATE_THRESHOLD) >= 0;
        boolean halfLife = !now.isBefore(held.sentAt().plus(params.lifetime().dividedBy(2)));
        if (!moved && !halfLife) {
            return;
        }
        PriorityRequest update = held.request().withTimes(service, service.plus(CROSSING_TIME));
        Optional<RequestAck> ack = channel.exchange("update " + update.requestId(), c -> c.update(update));
        if (ack.isEmpty()) {
            if (lost(approach, update.requestId())) {
                approaching(approach, event);
            }
            return;
        }
        active.put(approach, held.sent(update, event.trackId(), now, held.status()));
        String why = moved ? String.format(java.util.Locale.ROOT, "ETA now %.1f s", eta) : "renewed";
        statusChanged(approach, ack.get().status(), why, event.id());
    }

    private void cleared(String approach, CityEvent event) {
        ActiveRequest held = active.get(approach);
        if (held == null) {
            return;
        }
        int id = held.request().requestId();
        String why = event.measurements().getOrDefault("trackLost", 0.0) > 0 ? "vehicle track lost"
                : "vehicle crossed the stop line";
        if (!held.status().finished()) {
            channel.exchange("cancel " + id, c -> c.cancel(id))
                    .ifPresent(ack -> statusChanged(approach, ack.status(), why, event.id()));
        }
        channel.exchange("clear " + id, c -> {
            c.clear(id);
            return Boolean.TRUE;
        });
        active.remove(approach);
    }

    /**
     * After a refused update: when the controller no longer holds the request (it restarted), the request is
     * reported expired and cleared, and true is returned (the vehicle, still approaching, gets a new request).
     */
    private boolean lost(String approach, int id) {
        if (!channel.up()) {
            return false;
        }
        Optional<RequestStatus> status = channel.query("status " + id, c -> c.status(id));
        if (status.isEmpty() || status.get() != RequestStatus.NONE) {
            return false;
        }
        statusChanged(approach, RequestStatus.NONE, "lost", null);
        finishIfOver(approach);
        return !active.containsKey(approach);
    }

    /** Follows the controller's status of every active request; clears those it has finished with. */
    void poll() {
        for (String approach : Map.copyOf(active).keySet()) {
            ActiveRequest held = active.get(approach);
            int id = held.request().requestId();
            channel.query("status " + id, c -> c.status(id)).ifPresent(status -> {
                statusChanged(approach, status, "reported by the controller", null);
                finishIfOver(approach);
            });
        }
    }

    /** Hub stopping: every active request is cancelled and cleared. */
    void cancelAll() {
        cancelAll("hub stopping");
    }

    private void cancelAll(String why) {
        for (String approach : Map.copyOf(active).keySet()) {
            ActiveRequest held = active.get(approach);
            int id = held.request().requestId();
            if (!held.status().finished()) {
                channel.exchange("cancel " + id, c -> c.cancel(id))
                        .ifPresent(ack -> statusChanged(approach, ack.status(), why, null));
            }
            channel.exchange("clear " + id, c -> {
                c.clear(id);
                return Boolean.TRUE;
            });
            active.remove(approach);
        }
    }

    int activeCount() {
        return active.size();
    }

    private void statusChanged(String approach, RequestStatus status, String reason, String eventId) {
        ActiveRequest held = active.get(approach);
        RequestStatus shown = status == RequestStatus.NONE ? RequestStatus.EXPIRED : status;
        if (held == null || held.status() == shown) {
            return;
        }
        active.put(approach, held.withStatus(shown));
        report(approach, held.request().requestId(), shown.wireName(), status == RequestStatus.NONE
                ? "the controller no longer holds it (restarted?): not sent again" : reason, eventId);
    }

    private void finishIfOver(String approach) {
        ActiveRequest held = active.get(approach);
        if (held != null && held.status().finished()) {
            int id = held.request().requestId();
            if (held.status() == RequestStatus.REJECTED) {
                rejected.put(approach, Map.entry(held.trackId() == null ? -1L : held.trackId(),
                        clock.instant().plus(params.lifetime())));
            }
            channel.exchange("clear " + id, c -> {
                c.clear(id);
                return Boolean.TRUE;
            });
            active.remove(approach);
        }
    }

    private static String describe(CityEvent event, Double eta) {
        return (event.objectClass() == null ? "vehicle" : event.objectClass())
                + (event.trackId() == null ? "" : " " + event.trackId())
                + (eta == null ? ", ETA unknown" : String.format(java.util.Locale.ROOT, ", ETA %.1f s", eta));
    }

    private void report(String approach, int requestId, String status, String reason, String eventId) {
        reports.report(new RequestReport(automation, channel.deviceId(), approach, requestId, status, reason, eventId,
                clock.instant()));
    }
}
