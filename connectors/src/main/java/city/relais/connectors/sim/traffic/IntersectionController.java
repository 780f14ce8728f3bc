package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.CallKind;
import city.relais.connectors.traffic.ControllerMode;
import city.relais.connectors.traffic.RequestStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A simulated actuated controller for a four-approach crossing: one ring of two phases ({@link Intersection}),
 * minimum green, yellow and red clearance that nothing shortens, detector calls that call or extend a phase, a
 * priority server (early green or green extension, within those timings) and a {@link ConflictMonitor} that flashes
 * the crossing all red on any conflicting indication. Time moves on {@link #tick()}, read from the given clock.
 * Thread-safe.
 */
public final class IntersectionController {

    private enum Stage { GREEN, YELLOW, ALL_RED, FLASH }

    private final Intersection intersection;
    private final SignalTimings timings;
    private final Clock clock;
    private final ConflictMonitor monitor;
    private final PriorityTable table = new PriorityTable();
    private final Map<CallKind, Set<Integer>> calls = new EnumMap<>(CallKind.class);
    private final List<SignalChange> log = new CopyOnWriteArrayList<>();
    private final List<Consumer<SimRequest>> requestListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SignalChange>> changeListeners = new CopyOnWriteArrayList<>();
    private Stage stage;
    private int phase;
    private int nextPhase;
    private Instant since;

    public IntersectionController(Intersection intersection, SignalTimings timings, Clock clock, int initialPhase) {
        this.intersection = intersection;
        this.timings = timings;
        this.clock = clock;
        this.monitor = new ConflictMonitor(intersection.conflicts());
        calls.put(CallKind.VEHICLE, new TreeSet<>());
        calls.put(CallKind.PEDESTRIAN, new TreeSet<>());
        enterGreen(clock.instant(), initialPhase, "start-up");
    }

    // ---- what a client may do: priority requests and detector calls ----

    /**
     * A new request in {@code slot}; answers its status, queued or rejected. The same request again (a client's
     * retry) changes nothing. A slot whose request is still active is refused ({@link IllegalStateException}): the
     * client takes another.
     */
    public synchronized RequestStatus request(int slot, int requestId, int approach, int vehicleClass, int level,
                                              Duration serviceIn, Duration departureIn, Duration lifetime,
                                              Duration reservice) {
        Instant now = clock.instant();
        Optional<SimRequest> repeat = table.inSlot(slot).filter(r -> r.requestId() == requestId);
        if (repeat.isPresent() && repeat.get().active()) {
            return repeat.get().status();
        }
        if (table.inSlot(slot).filter(SimRequest::active).isPresent()) {
            throw new IllegalStateException("slot " + slot + " holds an active request: clear it first");
        }
        SimRequest request = new SimRequest(slot, requestId, approach, vehicleClass, level, now.plus(serviceIn),
                now.plus(departureIn), now.plus(lifetime), reservice, now, RequestStatus.QUEUED, null);
        table.put(request, now);
        if (stage == Stage.FLASH || !intersection.has(approach) || level < 1 || level > 10
                || table.withinReservice(approach, reservice, now)) {
            table.move(request, RequestStatus.REJECTED, now);
        }
        SimRequest held = table.inSlot(slot).orElseThrow();
        requestListeners.forEach(l -> l.accept(held));
        return held.status();
    }

    /** New times for the request in {@code slot} (lifetime restarted); a finished request stays finished. */
    public synchronized RequestStatus update(int slot, int requestId, Duration serviceIn, Duration departureIn,
                                             Duration lifetime) {
        SimRequest held = held(slot, requestId);
        if (held.active()) {
            Instant now = clock.instant();
            table.replace(held.updated(now.plus(serviceIn), now.plus(departureIn), now.plus(lifetime)));
        }
        return table.inSlot(slot).orElseThrow().status();
    }

    private SimRequest held(int slot, int requestId) {
        SimRequest held = table.inSlot(slot).orElseThrow(() -> new IllegalStateException("slot " + slot
                + " holds no request"));
        if (held.requestId() != requestId) {
            throw new IllegalStateException("slot " + slot + " holds request " + held.requestId() + ", not "
                    + requestId);
        }
        return held;
    }

    public synchronized RequestStatus cancel(int slot) {
        SimRequest held = table.inSlot(slot).orElseThrow(() -> new IllegalStateException("slot " + slot
                + " holds no request"));
        if (held.active()) {
            table.move(held, RequestStatus.CANCELLED, clock.instant());
        }
        return table.inSlot(slot).orElseThrow().status();
    }

    public synchronized void clear(int slot) {
        table.remove(slot);
    }

    public synchronized Optional<SimRequest> slot(int slot) {
        return table.inSlot(slot);
    }

    public synchronized void placeCall(int approach, CallKind kind) {
        if (!intersection.has(approach)) {
            throw new IllegalArgumentException("no approach " + approach);
        }
        calls.get(kind).add(approach);
    }

    public synchronized void clearCall(int approach, CallKind kind) {
        calls.get(kind).remove(approach);
    }

    public synchronized boolean hasCall(int approach, CallKind kind) {
        return calls.get(kind).contains(approach);
    }

    // ---- the controller's own cycle ----

    /** Advances the controller to the clock's time: expiries, priority, calls, timings, then the conflict check. */
    public synchronized void tick() {
        Instant now = clock.instant();
        table.all().stream().filter(SimRequest::active).filter(r -> !now.isBefore(r.expiresAt()))
                .forEach(r -> table.move(r, RequestStatus.EXPIRED, now));
        switch (stage) {
            case GREEN -> green(now);
            case YELLOW -> {
                if (elapsed(now).compareTo(timings.yellow()) >= 0) {
                    stage = Stage.ALL_RED;
                    since = now;
                    record(now, 0, Indication.RED, "red clearance after phase " + phase);
                }
            }
            case ALL_RED -> {
                if (elapsed(now).compareTo(timings.redClearance()) >= 0) {
                    allRedEnds(now);
                }
            }
            case FLASH -> { }
        }
        Optional<String> fault = monitor.check(heads());
        if (fault.isPresent() && stage != Stage.FLASH) {
            stage = Stage.FLASH;
            since = now;
            record(now, 0, Indication.FLASHING_RED, "conflict monitor fault, latched: " + fault.get());
            table.all().stream().filter(SimRequest::active).forEach(r -> table.move(r, RequestStatus.REJECTED, now));
        }
    }

    private void green(Instant now) {
        Optional<SimRequest> first = table.first(now, timings.maxGreen());
        boolean minDone = elapsed(now).compareTo(timings.minGreen()) >= 0;
        if (first.isPresent()) {
            SimRequest request = first.get();
            int wanted = intersection.phaseOf(request.approach());
            if (wanted == phase) {
                if (request.status() != RequestStatus.SERVED) {
                    table.move(request, RequestStatus.SERVED, now);
                    record(now, phase, Indication.GREEN, "green extension for priority request " + request.requestId()
                            + " (approach " + intersection.name(request.approach()) + ")");
                }
                return;
            }
            if (request.status() == RequestStatus.QUEUED) {
                table.move(request, RequestStatus.PROCESSING, now);
            }
            Instant switchAt = request.serviceAt().minus(timings.clearance());
            if (minDone && !now.isBefore(switchAt)) {
                leaveGreen(wanted, now, "priority request " + request.requestId() + " on approach "
                        + intersection.name(request.approach()));
            }
            return;
        }
        Optional<Integer> demanded = demandedOtherThan(phase);
        if (demanded.isPresent() && minDone && (!demandOn(phase) || elapsed(now).compareTo(timings.maxGreen()) >= 0)) {
            leaveGreen(demanded.get(), now, "call on phase " + demanded.get());
        }
    }

    private void leaveGreen(int next, Instant now, String reason) {
        stage = Stage.YELLOW;
        since = now;
        nextPhase = next;
        record(now, phase, Indication.YELLOW, reason);
    }

    private void allRedEnds(Instant now) {
        Optional<SimRequest> first = table.first(now, timings.maxGreen());
        if (first.isPresent()) {
            SimRequest request = first.get();
            int wanted = intersection.phaseOf(request.approach());
            table.move(request, RequestStatus.SERVED, now);
            enterGreen(now, wanted, "early green for priority request " + request.requestId() + " (approach "
                    + intersection.name(request.approach()) + ")");
            return;
        }
        int next = demandedOtherThan(phase).orElse(nextPhase == 0 ? phase : nextPhase);
        enterGreen(now, next, "call on phase " + next);
    }

    private void enterGreen(Instant now, int next, String reason) {
        stage = Stage.GREEN;
        phase = next;
        nextPhase = 0;
        since = now;
        record(now, next, Indication.GREEN, reason);
    }

    private Optional<Integer> demandedOtherThan(int current) {
        return intersection.phases().stream().filter(p -> p != current).filter(this::demandOn).findFirst();
    }

    private boolean demandOn(int p) {
        return calls.values().stream().flatMap(Set::stream).anyMatch(a -> intersection.phaseOf(a) == p);
    }

    private Duration elapsed(Instant now) {
        return Duration.between(since, now);
    }

    private void record(Instant now, int p, Indication indication, String reason) {
        SignalChange change = new SignalChange(now, p, p == 0 ? "all" : intersection.approachesOf(p),
                indication, reason);
        log.add(change);
        changeListeners.forEach(l -> l.accept(change));
    }

    // ---- what the heads show, the log, the monitor ----

    /** The indication of each approach's head, by approach number. */
    public synchronized Map<Integer, Indication> heads() {
        Map<Integer, Indication> heads = new LinkedHashMap<>();
        for (int approach : intersection.approaches()) {
            Indication shown = Indication.RED;
            if (stage == Stage.FLASH) {
                shown = Indication.FLASHING_RED;
            } else if (intersection.phaseOf(approach) == phase && stage == Stage.GREEN) {
                shown = Indication.GREEN;
            } else if (intersection.phaseOf(approach) == phase && stage == Stage.YELLOW) {
                shown = Indication.YELLOW;
            }
            heads.put(approach, shown);
        }
        return heads;
    }

    public List<SignalChange> log() {
        return List.copyOf(log);
    }

    /** Every status of request {@code requestId}, in order. */
    public List<RequestStatus> history(int requestId) {
        return table.history().stream().filter(r -> r.requestId() == requestId).map(RequestRecord::status).toList();
    }

    public List<RequestRecord> requestHistory() {
        return table.history();
    }

    public synchronized ControllerMode mode() {
        return stage == Stage.FLASH ? ControllerMode.FLASH : ControllerMode.NORMAL;
    }

    public ConflictMonitor monitor() {
        return monitor;
    }

    public Intersection intersection() {
        return intersection;
    }

    public SignalTimings timings() {
        return timings;
    }

    /** Called with each request the controller receives (its acknowledgement), on the receiving thread. */
    public void onRequest(Consumer<SimRequest> listener) {
        requestListeners.add(listener);
    }

    /** Called with each line of the log as it is written (the standalone simulator prints them). */
    public void onChange(Consumer<SignalChange> listener) {
        changeListeners.add(listener);
    }

    /** A power cycle: requests and calls are lost; the crossing starts again in all red. */
    public synchronized void powerCycle() {
        table.clearAll();
        calls.values().forEach(Set::clear);
        if (stage != Stage.FLASH) {
            stage = Stage.ALL_RED;
            since = clock.instant();
            nextPhase = phase;
            record(since, 0, Indication.RED, "power cycle: start-up all red, requests and calls lost");
        }
    }
}
