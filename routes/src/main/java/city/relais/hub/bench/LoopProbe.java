package city.relais.hub.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.EventType;
import city.relais.hub.broker.Addresses;
import city.relais.hub.ingest.EventPublisher;
import city.relais.hub.traffic.BrokerTrafficReports;
import city.relais.hub.traffic.RequestReport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a running hub's broker the way an operator's tool would: every {@code emergency.approaching} published on
 * the events address (with the publisher's {@link EventPublisher#PUBLISHED_AT_PROPERTY} stamp) and every traffic
 * report the hub publishes once a controller answered a priority request ({@link BrokerTrafficReports#ADDRESS}).
 * Non-durable subscriptions: the probe sees what is published after it started.
 */
final class LoopProbe implements AutoCloseable {

    /** An {@code emergency.approaching} as published: the event and when (wall clock) it was handed to the broker. */
    record Published(CityEvent event, Instant publishedAt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LoopProbe.class);

    private final Connection connection;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, Published> approaching = new ConcurrentHashMap<>();
    private final Map<String, RequestReport> firstReport = new ConcurrentHashMap<>();
    /** A wall-clock instant and the {@link System#nanoTime()} read with it: the publisher stamps in nano time. */
    private final Instant wallAnchor;
    private final long nanoAnchor;

    LoopProbe(ConnectionFactory factory) throws JMSException {
        long before = System.nanoTime();
        Instant wall = Instant.now();
        long after = System.nanoTime();
        this.wallAnchor = wall;
        this.nanoAnchor = before + (after - before) / 2;
        this.connection = factory.createConnection();
        Session events = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        events.createConsumer(events.createTopic(Addresses.EVENTS)).setMessageListener(this::onEvent);
        Session reports = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        reports.createConsumer(reports.createTopic(BrokerTrafficReports.ADDRESS)).setMessageListener(this::onReport);
        connection.start();
    }

    private void onEvent(Message message) {
        try {
            CityEvent event = codec.decode(((TextMessage) message).getText());
            if (event.type() != EventType.EMERGENCY_APPROACHING) {
                return;
            }
            long published = message.getLongProperty(EventPublisher.PUBLISHED_AT_PROPERTY);
            approaching.put(event.id(), new Published(event, wallAnchor.plusNanos(published - nanoAnchor)));
        } catch (Exception e) {
            LOG.warn("probe: an event message could not be read: {}", e.toString());
        }
    }

    private void onReport(Message message) {
        try {
            RequestReport report = json.readValue(((TextMessage) message).getText(), RequestReport.class);
            if (report.eventId() != null) {
                firstReport.putIfAbsent(report.eventId(), report);
            }
        } catch (Exception e) {
            LOG.warn("probe: a traffic report could not be read: {}", e.toString());
        }
    }

    /** The approaching events seen so far. */
    List<Published> approaching() {
        return List.copyOf(approaching.values());
    }

    /** The first report the hub published for an event (its request's acknowledged status), or null. */
    RequestReport reportOf(String eventId) {
        return firstReport.get(eventId);
    }

    /** Waits up to {@code patience} until every approaching event seen has a report; true when they all have. */
    boolean awaitReports(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (approaching.keySet().stream().allMatch(firstReport::containsKey)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException e) {
            LOG.debug("probe: closing its connection: {}", e.getMessage());
        }
    }
}
