package city.relais.hub.tickets;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import city.relais.connectors.open311.NewRequest;
import city.relais.connectors.open311.Open311Client;
import city.relais.connectors.open311.Open311Exception;
import city.relais.connectors.open311.Open311Messages.Receipt;
import city.relais.connectors.open311.Open311Messages.ServiceRequest;
import city.relais.connectors.open311.RequestStatus;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditEntry.Step;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.TicketRecord;
import city.relais.hub.store.TicketRecords;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ticketing service (an Open311 device of the city file): one open ticket per asset and problem, the intent
 * stored before the POST, retries with backoff on timeouts and 5xx, reconciliation by {@code device_id} before any
 * POST that may repeat one whose outcome is unknown, a 4xx refused for good with an alarm, and the status of open
 * tickets followed until the service closes them. POSTs run on the service's own thread.
 */
public final class TicketService implements AutoCloseable {

    /** Told when the service closes a ticket (the verdict on the detection that opened it). */
    @FunctionalInterface
    public interface ClosedListener {
        void closed(TicketRecord ticket, String statusNotes);
    }

    /** What a request did. */
    public record Outcome(TicketRecord ticket, boolean opened) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);
    private static final Duration RECONCILE_MARGIN = Duration.ofMinutes(5);

    private final String deviceId;
    private final Open311Client client;
    private final StoreDatabase db;
    private final TicketRecords tickets;
    private final AuditTrail audit;
    private final DeviceAlarms alarms;
    private final RetryPolicy retry;
    private final Clock clock;
    private final ClosedListener closedListener;
    private final ExecutorService thread;
    private final Map<String, List<String>> requiredAttributes = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> scheduled = new ConcurrentHashMap<>();
    private final Object pauseLock = new Object();
    private volatile boolean down;
    private volatile boolean stopping;

    public TicketService(String deviceId, Open311Client client, StoreDatabase db, DeviceAlarms alarms,
                         RetryPolicy retry, Clock clock, ClosedListener closedListener) {
        this.deviceId = deviceId;
        this.client = client;
        this.db = db;
        this.tickets = new TicketRecords(db);
        this.audit = new AuditTrail(db);
        this.alarms = alarms;
        this.retry = retry;
        this.clock = clock;
        this.closedListener = closedListener;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "tickets-" + deviceId));
        alarms.watch(deviceId);
    }

    public String deviceId() {
        return deviceId;
    }

    /**
     * Handles one detection: a repeat of an open ticket's problem updates it; otherwise the intent is stored (before
     * this returns) and its POST scheduled on the service's thread.
     */
    public synchronized Outcome request(TicketRequest request) throws SQLException {
        Instant now = clock.instant();
        Optional<TicketRecord> open = db.transaction(c -> tickets.findOpen(c, request.asset(), request.problem()));
        if (open.isPresent() && stillOpen(open.get())) {
            TicketRecord ticket = open.get();
            db.transaction(c -> {
                tickets.repeat(c, ticket.id(), request.eventId(), now);
                AuditTrail.append(c, AuditEntry.of(now, request.eventId(), Step.DECISION, request.decidedBy(),
                        ticket.senderId(), "repeat of " + request.problem() + " on " + request.asset()
                                + ": updates ticket #" + ticket.id() + describeId(ticket) + " instead of opening another"));
                return null;
            });
            LOG.info("{}: {} on {} again (event {}): ticket #{} updated, no new ticket", deviceId, request.problem(),
                    request.asset(), request.eventId(), ticket.id());
            return new Outcome(tickets.byId(ticket.id()).orElse(ticket), false);
        }
        String senderId = "relais-" + UUID.randomUUID();
        TicketRecords.Intent intent = new TicketRecords.Intent(request.automation(), deviceId, request.asset(),
                request.problem(), request.serviceCode(), request.lat(), request.lon(), request.description(),
                request.mediaUrl(), senderId, request.eventId());
        TicketRecord ticket = db.transaction(c -> {
            TicketRecord stored = tickets.createIntent(c, intent, now);
            AuditTrail.append(c, AuditEntry.of(now, request.eventId(), Step.COMMAND, deviceId, senderId,
                    "POST requests: service_code=" + request.serviceCode() + " lat=" + request.lat() + " long="
                            + request.lon() + " media_url=" + (request.mediaUrl() == null ? "none" : "evidence link")
                            + " (ticket #" + stored.id() + ", decided by " + request.decidedBy() + ")"));
            return stored;
        });
        schedule(ticket.id(), false);
        return new Outcome(ticket, true);
    }

    /** An open ticket the service has closed meanwhile is closed here too (and may be opened anew). */
    private boolean stillOpen(TicketRecord ticket) {
        if (ticket.state() != TicketRecord.State.OPEN || ticket.serviceRequestId() == null) {
            return true;
        }
        try {
            return client.request(ticket.serviceRequestId()).map(r -> !markIfClosed(ticket, r)).orElse(true);
        } catch (Open311Exception e) {
            LOG.warn("{}: status of ticket #{} unknown ({}): counted as still open", deviceId, ticket.id(),
                    e.getMessage());
            return true;
        }
    }

    /**
     * Discovery: reads the attribute definitions of these service codes now, so that a POST does not wait for them;
     * a service that cannot be reached is asked again before its first POST.
     */
    public void discover(java.util.Collection<String> serviceCodes) {
        for (String code : serviceCodes) {
            try {
                LOG.info("{}: service {} requires attributes {}", deviceId, code, required(code));
            } catch (Open311Exception e) {
                LOG.warn("{}: attribute definitions of {} not read yet ({})", deviceId, code, e.getMessage());
            }
        }
    }

    /** At start and on each sweep: POSTs still owed, reconciled first since an earlier try may have reached it. */
    public void resumePending() throws SQLException {
        for (TicketRecord ticket : tickets.inState(TicketRecord.State.INTENT)) {
            schedule(ticket.id(), true);
        }
    }

    /** Asks the service about every open ticket; the closed ones are closed here. */
    public void followUp() throws SQLException {
        for (TicketRecord ticket : tickets.inState(TicketRecord.State.OPEN)) {
            if (ticket.serviceRequestId() == null) {
                continue;
            }
            try {
                client.request(ticket.serviceRequestId()).ifPresent(r -> markIfClosed(ticket, r));
            } catch (Open311Exception e) {
                LOG.debug("{}: status of ticket #{} not read: {}", deviceId, ticket.id(), e.getMessage());
            }
        }
    }

    private boolean markIfClosed(TicketRecord ticket, ServiceRequest status) {
        if (status.requestStatus() != RequestStatus.CLOSED) {
            return false;
        }
        Instant now = clock.instant();
        try {
            tickets.closed(ticket.id(), status.statusNotes(), now);
            audit.record(AuditEntry.of(now, ticket.firstEvent(), Step.ACK, deviceId, ticket.senderId(),
                    "service request " + ticket.serviceRequestId() + " closed: " + status.statusNotes()));
            LOG.info("{}: ticket #{} ({}) closed by the service: {}", deviceId, ticket.id(),
                    ticket.serviceRequestId(), status.statusNotes());
            closedListener.closed(ticket, status.statusNotes());
            return true;
        } catch (SQLException e) {
            LOG.error("{}: could not record the closing of ticket #{}", deviceId, ticket.id(), e);
            return false;
        }
    }

    private void schedule(long ticketId, boolean reconcileFirst) {
        if (scheduled.putIfAbsent(ticketId, Boolean.TRUE) != null || thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            try {
                deliver(ticketId, reconcileFirst);
            } catch (SQLException | RuntimeException e) {
                LOG.error("{}: ticket #{} not delivered, retried at the next sweep", deviceId, ticketId, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                scheduled.remove(ticketId);
            }
        });
    }

    private void deliver(long ticketId, boolean reconcileFirst) throws SQLException, InterruptedException {
        TicketRecord ticket = tickets.byId(ticketId).orElse(null);
        if (ticket == null || ticket.state() != TicketRecord.State.INTENT) {
            return;
        }
        boolean ambiguous = reconcileFirst;
        for (int attempt = 0; attempt < retry.attempts() && !stopping; attempt++) {
            try {
                NewRequest request = newRequest(ticket);
                if (ambiguous) {
                    Optional<ServiceRequest> found = client.reconcile(request,
                            ticket.createdAt().minus(RECONCILE_MARGIN));
                    if (found.isPresent()) {
                        opened(ticket, found.get().serviceRequestId(), "found by reconciliation (device_id "
                                + ticket.senderId() + "), not posted again");
                        return;
                    }
                    ambiguous = false;
                }
                Receipt receipt = client.submit(request);
                String id = receipt.serviceRequestId() != null ? receipt.serviceRequestId()
                        : "token:" + receipt.token();
                opened(ticket, id, "opened" + (receipt.serviceNotice() == null ? "" : ": "
                        + receipt.serviceNotice()));
                return;
            } catch (Open311Exception e) {
                tickets.attempt(ticketId, e.getMessage(), clock.instant());
                if (!e.retryable()) {
                    refused(ticket, e);
                    return;
                }
                ambiguous |= e.ambiguous();
                boolean last = attempt + 1 == retry.attempts();
                LOG.warn("{}: ticket #{} try {} of {} failed ({}){}{}", deviceId, ticketId, attempt + 1,
                        retry.attempts(), e.getMessage(), e.ambiguous() ? ", outcome unknown: reconciling first" : "",
                        last ? "" : ", retrying");
                if (stopping) {
                    return;
                }
                if (!last) {
                    pause(retry.delayAfter(attempt));
                }
            }
        }
        if (stopping) {
            return;
        }
        alarm(DeviceAlarm.State.DOWN, "ticket #" + ticketId + " not delivered after " + retry.attempts()
                + " tries; kept and retried at the next sweep");
    }

    /** Waits between tries without an interrupt (an interrupted thread closes an H2 file); ends early at close. */
    private void pause(Duration delay) throws InterruptedException {
        long end = System.nanoTime() + delay.toNanos();
        synchronized (pauseLock) {
            while (!stopping && System.nanoTime() < end) {
                pauseLock.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
        }
    }

    private NewRequest newRequest(TicketRecord ticket) throws Open311Exception {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String code : required(ticket.serviceCode())) {
            String value = attribute(ticket, code);
            if (value != null) {
                attributes.put(code, value);
            }
        }
        return new NewRequest(ticket.serviceCode(), ticket.lat(), ticket.lon(),
                NewRequest.fitDescription(ticket.description()), ticket.mediaUrl(), ticket.senderId(), attributes);
    }

    /** The required attribute codes of a service; a service without definitions (4xx) has none. */
    private List<String> required(String serviceCode) throws Open311Exception {
        List<String> known = requiredAttributes.get(serviceCode);
        if (known != null) {
            return known;
        }
        List<String> codes;
        try {
            codes = client.definition(serviceCode).requiredCodes();
        } catch (Open311Exception e) {
            if (e.retryable()) {
                throw e;
            }
            LOG.info("{}: no attribute definitions for {} ({}): none sent", deviceId, serviceCode, e.getMessage());
            codes = List.of();
        }
        requiredAttributes.put(serviceCode, codes);
        return codes;
    }

    /** A value for a required attribute: the asset for an asset id, else nothing we know. */
    private static String attribute(TicketRecord ticket, String code) {
        return code.contains("asset") ? ticket.asset() : null;
    }

    private void opened(TicketRecord ticket, String serviceRequestId, String how) throws SQLException {
        Instant now = clock.instant();
        tickets.opened(ticket.id(), serviceRequestId, now);
        audit.record(AuditEntry.of(now, ticket.firstEvent(), Step.ACK, deviceId, ticket.senderId(),
                "service request " + serviceRequestId + " " + how));
        LOG.info("{}: ticket #{} is service request {} ({})", deviceId, ticket.id(), serviceRequestId, how);
        if (down) {
            alarm(DeviceAlarm.State.UP, "ticket #" + ticket.id() + " delivered");
        }
    }

    private void refused(TicketRecord ticket, Open311Exception e) throws SQLException {
        Instant now = clock.instant();
        String message = e.serviceMessage().isEmpty() ? e.getMessage() : e.serviceMessage();
        tickets.failed(ticket.id(), "HTTP " + e.httpStatus() + ": " + message, now);
        LOG.warn("{}: ticket #{} refused with HTTP {}: {} (not retried)", deviceId, ticket.id(), e.httpStatus(),
                message);
        audit.record(AuditEntry.of(now, ticket.firstEvent(), Step.ACK, deviceId, ticket.senderId(),
                "refused, HTTP " + e.httpStatus() + ": " + message + " (not retried)"));
        alarm(DeviceAlarm.State.DOWN, "ticket #" + ticket.id() + " refused with HTTP " + e.httpStatus() + ": "
                + message);
    }

    private void alarm(DeviceAlarm.State state, String reason) {
        down = state == DeviceAlarm.State.DOWN;
        alarms.raise(new DeviceAlarm(deviceId, state, reason, clock.instant()));
    }

    private static String describeId(TicketRecord ticket) {
        return ticket.serviceRequestId() == null ? "" : " (service request " + ticket.serviceRequestId() + ")";
    }

    /** Waits for the POSTs under way, at most {@code timeout}; what is left stays an intent for the next start. */
    public void close(Duration timeout) {
        stopping = true;
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("{}: a POST is still out; its ticket stays an intent, reconciled at the next start", deviceId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
