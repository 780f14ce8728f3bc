package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.RequestStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The controller's priority-request table: one request per slot, every status change recorded in order. Which
 * request goes first is the controller's choice: the highest level (lowest number), then the earliest arrival.
 */
final class PriorityTable {

    private final Map<Integer, SimRequest> bySlot = new HashMap<>();
    private final List<RequestRecord> history = new CopyOnWriteArrayList<>();
    private final Map<Integer, Instant> lastServedOnApproach = new HashMap<>();

    Optional<SimRequest> inSlot(int slot) {
        return Optional.ofNullable(bySlot.get(slot));
    }

    void put(SimRequest request, Instant at) {
        bySlot.put(request.slot(), request);
        history.add(new RequestRecord(request.requestId(), request.status(), at));
    }

    void move(SimRequest request, RequestStatus next, Instant at) {
        if (request.status() == next) {
            return;
        }
        SimRequest moved = request.withStatus(next, at);
        bySlot.put(request.slot(), moved);
        history.add(new RequestRecord(request.requestId(), next, at));
        if (next == RequestStatus.SERVED) {
            lastServedOnApproach.put(request.approach(), at);
        }
    }

    void replace(SimRequest request) {
        bySlot.put(request.slot(), request);
    }

    void remove(int slot) {
        bySlot.remove(slot);
    }

    /** Whether a request on {@code approach} arriving at {@code now} falls inside the reservice limit of its last. */
    boolean withinReservice(int approach, java.time.Duration reservice, Instant now) {
        Instant last = lastServedOnApproach.get(approach);
        return last != null && now.isBefore(last.plus(reservice));
    }

    /**
     * The request the controller serves first, if any. A request served for {@code maxHold} already is left out:
     * its green ends as any other would.
     */
    Optional<SimRequest> first(Instant now, java.time.Duration maxHold) {
        return bySlot.values().stream().filter(SimRequest::active)
                .filter(r -> r.servedAt() == null || now.isBefore(r.servedAt().plus(maxHold)))
                .min(Comparator.comparingInt(SimRequest::level).thenComparing(SimRequest::arrivedAt));
    }

    List<SimRequest> all() {
        return new ArrayList<>(bySlot.values());
    }

    List<RequestRecord> history() {
        return List.copyOf(history);
    }

    void clearAll() {
        bySlot.clear();
        lastServedOnApproach.clear();
    }
}
