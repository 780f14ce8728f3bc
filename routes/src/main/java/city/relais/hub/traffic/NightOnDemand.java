package city.relais.hub.traffic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import city.relais.config.automation.DetectorCallParams;
import city.relais.connectors.traffic.CallKind;
import city.relais.connectors.traffic.DetectorCall;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.lighting.NightWindow;

/**
 * The {@code detector-call} policy (night on-demand green) of one automation: inside its window, a road user
 * waiting ({@code demand.waiting}) places a virtual detector call on the approach, vehicle or pedestrian by its
 * class, after the automation's {@code min-wait}; the call is cleared when the last of them has gone
 * ({@code demand.cleared}) or the window closes. Outside the window nothing is sent. Every method runs on the
 * controller's thread.
 */
final class NightOnDemand {

    private record Pending(DetectorCall call, Instant due) {
    }

    private final String automation;
    private final DetectorCallParams params;
    private final Map<String, String> approachOfZone;
    private final NightWindow window;
    private final ControllerChannel channel;
    private final TrafficReports reports;
    private final Clock clock;
    /** Who waits for each call (track ids; -1 for an event without one). */
    private final Map<DetectorCall, Set<Long>> waiting = new LinkedHashMap<>();
    private final Map<DetectorCall, Pending> pending = new LinkedHashMap<>();
    private final Set<DetectorCall> placed = new LinkedHashSet<>();

    NightOnDemand(String automation, DetectorCallParams params, Map<String, String> approachOfZone, NightWindow window,
                  ControllerChannel channel, TrafficReports reports, Clock clock) {
        this.automation = automation;
        this.params = params;
        this.approachOfZone = Map.copyOf(approachOfZone);
        this.window = window;
        this.channel = channel;
        this.reports = reports;
        this.clock = clock;
    }

    void onEvent(CityEvent event) {
        if (event.type() == EventType.CAMERA_DOWN) {
            pending.clear();
            waiting.clear();
            Set.copyOf(placed).forEach(call -> clear(call, "camera " + event.camera() + " down", event.id()));
            return;
        }
        String approach = params.approach() != null ? params.approach()
                : event.zone() == null ? null : approachOfZone.get(event.zone());
        if (approach == null) {
            return;
        }
        DetectorCall call = new DetectorCall(approach, CallKind.ofObjectClass(event.objectClass()));
        long track = event.trackId() == null ? -1 : event.trackId();
        if (event.type() == EventType.DEMAND_WAITING) {
            if (!window.isNight(clock.instant())) {
                return;
            }
            waiting.computeIfAbsent(call, c -> new LinkedHashSet<>()).add(track);
            if (!placed.contains(call) && !pending.containsKey(call)) {
                pending.put(call, new Pending(call, clock.instant().plus(params.minWait())));
                tick();
            }
        } else if (event.type() == EventType.DEMAND_CLEARED) {
            Set<Long> tracks = waiting.get(call);
            if (tracks != null) {
                tracks.remove(track);
            }
            if (tracks == null || tracks.isEmpty() || track == -1) {
                waiting.remove(call);
                pending.remove(call);
                clear(call, "nobody waiting any more", event.id());
            }
        }
    }

    /** Places calls whose wait is over; clears every call when the window closes. */
    void tick() {
        Instant now = clock.instant();
        if (!window.isNight(now)) {
            pending.clear();
            waiting.clear();
            Set.copyOf(placed).forEach(call -> clear(call, "window " + window + " closed", null));
            return;
        }
        for (Pending due : Map.copyOf(pending).values()) {
            if (!now.isBefore(due.due())) {
                pending.remove(due.call());
                channel.exchange("place call " + due.call(), c -> {
                    c.placeCall(due.call());
                    return Boolean.TRUE;
                }).ifPresentOrElse(ok -> {
                    placed.add(due.call());
                    report(due.call(), "call-placed", "road user waiting", null);
                }, () -> report(due.call(), "unsent", "controller unreachable or refused", null));
            }
        }
    }

    Set<DetectorCall> placed() {
        return Set.copyOf(placed);
    }

    /** Hub stopping: every call this automation placed is cleared. */
    void clearAll() {
        Set.copyOf(placed).forEach(call -> clear(call, "hub stopping", null));
    }

    private void clear(DetectorCall call, String reason, String eventId) {
        if (!placed.remove(call)) {
            return;
        }
        channel.exchange("clear call " + call, c -> {
            c.clearCall(call);
            return Boolean.TRUE;
        }).ifPresent(ok -> report(call, "call-cleared", reason, eventId));
    }

    private void report(DetectorCall call, String status, String reason, String eventId) {
        reports.report(new RequestReport(automation, channel.deviceId(), call.approach(), 0, status,
                call.kind().name().toLowerCase() + " call: " + reason, eventId, clock.instant()));
    }
}
