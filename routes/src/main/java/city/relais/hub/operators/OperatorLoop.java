package city.relais.hub.operators;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import city.relais.config.CityConfig;
import city.relais.config.Http;
import city.relais.event.CityEvent;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.EvidenceTokens;
import city.relais.hub.store.RetentionPurge;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.store.VerdictRecords;
import city.relais.hub.tickets.EvidenceLinks;
import city.relais.hub.tickets.TicketAutomations;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the hub's routes call for tickets, alerts and evidence: the ticket and operator-alert automations, the
 * operators' API, the evidence server and the retention purge of the store.
 */
public record OperatorLoop(TicketAutomations tickets, OperatorApi api, EvidenceServer evidence,
                           RetentionPurge retention, Clock clock) {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorLoop.class);

    /** How long the hub waits for a ticketing service's answer. */
    public static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Builds the loop of a city on an open store.
     *
     * @param emit publishes an event the hub raises itself ({@code skill.suspended})
     */
    public static OperatorLoop create(CityConfig city, StoreDatabase store, DeviceAlarms alarms,
                                      MeterRegistry registry, Consumer<CityEvent> emit, Clock clock)
            throws SQLException {
        AuditTrail audit = new AuditTrail(store);
        SkillPrecision precision = new SkillPrecision(new VerdictRecords(store), city.hub().precision(), registry,
                emit, audit, clock);
        EvidenceTokens tokens = new EvidenceTokens(store);
        Http http = city.hub().http();
        EvidenceLinks links = new EvidenceLinks(tokens, "http://" + http.host() + ":" + http.port(),
                city.privacy().retention().evidence(), clock);
        TicketAutomations tickets = new TicketAutomations(city, store, alarms, precision, links, SERVICE_TIMEOUT,
                clock);
        OperatorAuth auth = new OperatorAuth(city.operators());
        return new OperatorLoop(tickets, new OperatorApi(auth, tickets, precision),
                new EvidenceServer(tokens, city.hub().dataDir(), auth, audit, clock),
                new RetentionPurge(store, city.privacy().retention(), registry), clock);
    }

    /** Called by the hourly retention route. */
    public void purge() {
        try {
            retention.purge(clock.instant());
        } catch (SQLException e) {
            LOG.error("Retention purge failed; retried at the next hour", e);
        }
    }
}
