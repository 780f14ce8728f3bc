package city.relais.hub.tickets;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import city.relais.config.CityConfig;
import city.relais.config.automation.Automation;
import city.relais.config.automation.Policy;
import city.relais.config.automation.Tier;
import city.relais.config.camera.Camera;
import city.relais.config.camera.GeoPoint;
import city.relais.config.device.Ticketing;
import city.relais.connectors.open311.NewRequest;
import city.relais.connectors.open311.Open311Client;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.operators.SkillPrecision;
import city.relais.hub.store.AlertRecord;
import city.relais.hub.store.AlertRecords;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditEntry.Step;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.TicketRecords;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ticket} and {@code operator-alert} automations of the city file. A ticket event of an {@code automatic}
 * tier goes to its ticketing service at once, unless its skill is suspended on that camera; otherwise (and for every
 * operator-alert event: security events are alert-only, always) it becomes an alert that an operator confirms or
 * dismisses. Confirming an alert of a ticket automation opens the ticket. Every verdict feeds the skill's precision.
 */
public final class TicketAutomations implements AutoCloseable {

    public static final String ALERT_ONLY = "alert-only";
    public static final String SUSPENDED = "suspended";
    private static final Logger LOG = LoggerFactory.getLogger(TicketAutomations.class);

    private final CityConfig city;
    private final Map<String, Automation> automations = new LinkedHashMap<>();
    private final Map<String, TicketService> services = new LinkedHashMap<>();
    private final AlertRecords alerts;
    private final TicketRecords ticketRecords;
    private final AuditTrail audit;
    private final SkillPrecision precision;
    private final EvidenceLinks evidence;
    private final Clock clock;

    public TicketAutomations(CityConfig city, StoreDatabase db, DeviceAlarms alarms, SkillPrecision precision,
                             EvidenceLinks evidence, Duration timeout, Clock clock) {
        this.city = city;
        this.alerts = new AlertRecords(db);
        this.ticketRecords = new TicketRecords(db);
        this.audit = new AuditTrail(db);
        this.precision = precision;
        this.evidence = evidence;
        this.clock = clock;
        RetryPolicy retry = RetryPolicy.of(city.hub().errors());
        for (Automation automation : city.automations()) {
            Policy policy = automation.policyType();
            if (policy != Policy.TICKET && policy != Policy.OPERATOR_ALERT) {
                continue;
            }
            automations.put(automation.id(), automation);
            if (policy == Policy.TICKET && !services.containsKey(automation.device())) {
                Ticketing device = (Ticketing) city.device(automation.device()).orElseThrow();
                services.put(device.id(), new TicketService(device.id(), new Open311Client(device, timeout), db,
                        alarms, retry, clock, this::closed));
            }
        }
    }

    public boolean isEmpty() {
        return automations.isEmpty();
    }

    /** True when this automation is a ticket or operator-alert one. */
    public boolean drives(String automation) {
        return automations.containsKey(automation);
    }

    /** Hub started: read the services' definitions, then send the tickets a previous run left as intents. */
    public void start() {
        for (TicketService service : services.values()) {
            Ticketing device = (Ticketing) city.device(service.deviceId()).orElseThrow();
            service.discover(device.services().values());
        }
        sweep();
    }

    /** Every few seconds: intents still owed are sent (reconciled first), open tickets' status is read. */
    public void sweep() {
        for (TicketService service : services.values()) {
            try {
                service.resumePending();
                service.followUp();
            } catch (SQLException e) {
                LOG.error("Ticket sweep of {} failed", service.deviceId(), e);
            }
        }
    }

    /** An event for one of these automations; a store failure fails the exchange (it is redelivered). */
    public void onEvent(String automationId, CityEvent event) throws IOException {
        Automation automation = automations.get(automationId);
        if (automation == null || event.type() == EventType.CAMERA_DOWN || event.type() == EventType.CAMERA_UP) {
            return;
        }
        try {
            String skill = event.type().wireName();
            if (automation.policyType() == Policy.OPERATOR_ALERT) {
                alert(automation, ALERT_ONLY, event, "alert only: an operator decides");
                return;
            }
            Tier tier = automation.tier().getOrDefault(skill, Tier.OPERATOR_CONFIRMED);
            if (tier == Tier.AUTOMATIC && precision.suspended(skill, event.camera())) {
                alert(automation, SUSPENDED, event, "automatic tickets of " + skill + " on " + event.camera()
                        + " are suspended: an operator decides");
            } else if (tier == Tier.AUTOMATIC) {
                audit.append(AuditEntry.of(clock.instant(), event.id(), Step.DECISION, "auto", null,
                        "tier automatic: ticket to " + automation.device()));
                ticket(automation, event, "auto");
            } else if (tier == Tier.ALERT_ONLY) {
                alert(automation, ALERT_ONLY, event, "tier alert-only: operators judge it, no ticket");
            } else {
                alert(automation, tier.wireName(), event, "tier " + tier.wireName() + ": awaiting an operator");
            }
        } catch (SQLException e) {
            throw new IOException("the store refused event " + event.id() + " of automation " + automationId + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * An event redelivered after the action journal already holds it (the hub died between the journal and the
     * store): handled again unless its alert or ticket is in the store, so that no ticket intent is lost.
     */
    public void redelivered(String automationId, CityEvent event) throws IOException {
        if (!automations.containsKey(automationId)) {
            return;
        }
        try {
            if (alerts.exists(automationId, event.id()) || ticketRecords.mentions(automationId, event.id())) {
                return;
            }
        } catch (SQLException e) {
            throw new IOException("the store could not be read for event " + event.id() + ": " + e.getMessage(), e);
        }
        LOG.info("automation {}: event {} was journaled but not stored: handled now", automationId, event.id());
        onEvent(automationId, event);
    }

    private void alert(Automation automation, String tier, CityEvent event, String why) throws SQLException {
        AlertRecord alert = alerts.raise(automation.id(), tier, event, clock.instant());
        audit.append(AuditEntry.of(clock.instant(), event.id(), Step.DECISION, "auto", null,
                why + " (alert #" + alert.id() + ")"));
        LOG.info("ALERT #{} {} on {}{} ({}): {}", alert.id(), event.type().wireName(), event.camera(),
                event.zone() == null ? "" : "/" + event.zone(), tier, event.explanation());
    }

    private Optional<TicketService.Outcome> ticket(Automation automation, CityEvent event, String decidedBy)
            throws SQLException {
        Ticketing device = (Ticketing) city.device(automation.device()).orElseThrow();
        Optional<GeoPoint> where = location(event.camera());
        if (where.isEmpty()) {
            audit.append(AuditEntry.of(clock.instant(), event.id(), Step.DECISION, "hub", null, "no ticket: camera "
                    + event.camera() + " has no location and the city file no site"));
            LOG.error("No ticket for event {}: camera {} has no location (cameras[].location) and there is no site",
                    event.id(), event.camera());
            return Optional.empty();
        }
        String asset = event.zone() == null ? event.camera() : event.camera() + "/" + event.zone();
        TicketRequest request = new TicketRequest(automation.id(), asset, event.type().wireName(),
                device.services().get(event.type().wireName()), where.get().latitude(), where.get().longitude(),
                description(event, asset), evidence.url(event).orElse(null), event.id(), event.measurements(),
                decidedBy);
        return Optional.of(services.get(device.id()).request(request));
    }

    private Optional<GeoPoint> location(String cameraId) {
        Optional<GeoPoint> camera = city.camera(cameraId).map(Camera::location);
        if (camera.isPresent()) {
            return camera;
        }
        return Optional.ofNullable(city.site()).map(s -> new GeoPoint(s.latitude(), s.longitude()));
    }

    static String description(CityEvent event, String asset) {
        String text = event.type().wireName() + " at " + asset + " (" + event.time() + ")"
                + (event.explanation() == null ? "" : ": " + event.explanation());
        return NewRequest.fitDescription(text);
    }

    /** An operator confirms a pending alert; a ticket automation's alert opens its ticket. */
    public Optional<AlertRecord> confirm(long alertId, String operator, String reason) throws SQLException {
        Optional<AlertRecord> decided = alerts.decide(alertId, AlertRecord.CONFIRMED, operator, reason,
                clock.instant());
        if (decided.isEmpty()) {
            return decided;
        }
        AlertRecord alert = decided.get();
        audit.append(AuditEntry.of(clock.instant(), alert.eventId(), Step.DECISION, operator, null,
                "confirmed alert #" + alert.id() + (reason == null ? "" : ": " + reason)));
        precision.verdict(alert.eventType(), alert.camera(), alert.eventId(), true, operator, reason);
        Automation automation = automations.get(alert.automation());
        if (automation != null && automation.policyType() == Policy.TICKET && !ALERT_ONLY.equals(alert.tier())) {
            Optional<TicketService.Outcome> outcome = ticket(automation, asEvent(alert), operator);
            if (outcome.isPresent()) {
                alerts.linkTicket(alert.id(), outcome.get().ticket().id());
            }
        }
        return alerts.byId(alertId);
    }

    /** An operator dismisses a pending alert: a false positive of its skill. */
    public Optional<AlertRecord> dismiss(long alertId, String operator, String reason) throws SQLException {
        Optional<AlertRecord> decided = alerts.decide(alertId, AlertRecord.DISMISSED, operator, reason,
                clock.instant());
        if (decided.isPresent()) {
            AlertRecord alert = decided.get();
            audit.append(AuditEntry.of(clock.instant(), alert.eventId(), Step.DECISION, operator, null,
                    "dismissed alert #" + alert.id() + (reason == null ? "" : ": " + reason)));
            precision.verdict(alert.eventType(), alert.camera(), alert.eventId(), false, operator, reason);
        }
        return decided;
    }

    public AlertRecords alerts() {
        return alerts;
    }

    private static CityEvent asEvent(AlertRecord alert) {
        CityEvent.Builder builder = CityEvent.builder(EventType.fromWireName(alert.eventType()).orElseThrow(),
                alert.camera()).id(alert.eventId()).time(alert.createdAt()).explanation(alert.explanation())
                .evidence(alert.evidence());
        if (alert.zone() != null) {
            builder.zone(alert.zone());
        }
        return builder.build();
    }

    /** The service closed a ticket: "nothing found" in its notes is a false positive of the skill. */
    private void closed(city.relais.hub.store.TicketRecord ticket, String notes) {
        boolean correct = notes == null || !notes.toLowerCase().contains("nothing found");
        String camera = ticket.asset().contains("/") ? ticket.asset().substring(0, ticket.asset().indexOf('/'))
                : ticket.asset();
        try {
            precision.verdict(ticket.problem(), camera, ticket.firstEvent(), correct, ticket.device(), notes);
        } catch (SQLException e) {
            LOG.error("Could not record the outcome of ticket #{}", ticket.id(), e);
        }
    }

    @Override
    public void close() {
        services.values().forEach(TicketService::close);
    }
}
