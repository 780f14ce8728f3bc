package city.relais.hub.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.hub.broker.Addresses;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes city events to the broker's events address as persistent CloudEvents. A call returns only once the broker
 * has committed the batch to its journal, so an accepted event is never lost. Thread-safe: a small pool of transacted
 * sessions serves concurrent callers.
 */
public final class EventPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    /** JMS property carrying {@link System#nanoTime()} at publish: latency inside one JVM (bench, metrics). */
    public static final String PUBLISHED_AT_PROPERTY = "relaisPublishedAtNanos";

    private final ConnectionFactory connectionFactory;
    private final CloudEventCodec codec;
    private final EventMonitor monitor;
    private final Function<CityEvent, String> groupOf;
    private final BlockingQueue<PublishingSession> idle;
    private Connection connection;

    public EventPublisher(ConnectionFactory connectionFactory, CloudEventCodec codec, EventMonitor monitor,
                          int poolSize) {
        this(connectionFactory, codec, monitor, poolSize, null);
    }

    /**
     * @param groupOf the message group of an event ({@link DeviceGroups#of}), set as {@code JMSXGroupID} so that
     *                competing hubs keep each device's events in order; null = no group
     */
    public EventPublisher(ConnectionFactory connectionFactory, CloudEventCodec codec, EventMonitor monitor,
                          int poolSize, Function<CityEvent, String> groupOf) {
        this.connectionFactory = connectionFactory;
        this.codec = codec;
        this.monitor = monitor;
        this.groupOf = groupOf;
        this.idle = new ArrayBlockingQueue<>(poolSize);
    }

    /** Publishes one event; returns when the broker holds it durably. */
    public void publish(CityEvent event) throws JMSException {
        publishAll(List.of(event));
    }

    /** Publishes events in one broker transaction: all or none are kept. */
    public void publishAll(List<CityEvent> events) throws JMSException {
        PublishingSession session = borrow();
        boolean healthy = false;
        try {
            session.send(events);
            healthy = true;
        } finally {
            giveBack(session, healthy);
        }
    }

    private PublishingSession borrow() throws JMSException {
        PublishingSession session = idle.poll();
        return session != null ? session : new PublishingSession(connection());
    }

    private void giveBack(PublishingSession session, boolean healthy) {
        if (!healthy || !idle.offer(session)) {
            session.closeQuietly();
        }
        if (!healthy) {
            resetConnection();
        }
    }

    private synchronized Connection connection() throws JMSException {
        if (connection == null) {
            connection = connectionFactory.createConnection();
        }
        return connection;
    }

    private synchronized void resetConnection() {
        PublishingSession stale;
        while ((stale = idle.poll()) != null) {
            stale.closeQuietly();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.debug("Closing a failed publisher connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        resetConnection();
    }

    /** One transacted session with its producer on the events address. Not thread-safe: used by one caller at a time. */
    private final class PublishingSession {
        private final Session session;
        private final MessageProducer producer;

        PublishingSession(Connection connection) throws JMSException {
            this.session = connection.createSession(true, Session.SESSION_TRANSACTED);
            this.producer = session.createProducer(session.createTopic(Addresses.EVENTS));
            this.producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        }

        void send(List<CityEvent> events) throws JMSException {
            String[] json = new String[events.size()];
            try {
                for (int i = 0; i < json.length; i++) {
                    CityEvent event = events.get(i);
                    json[i] = codec.encodeToString(event);
                    TextMessage message = session.createTextMessage(json[i]);
                    EventProperties.write(event, message);
                    if (groupOf != null) {
                        message.setStringProperty(DeviceGroups.GROUP_PROPERTY, groupOf.apply(event));
                    }
                    message.setLongProperty(PUBLISHED_AT_PROPERTY, System.nanoTime());
                    producer.send(message);
                }
                session.commit();
            } catch (JMSException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            for (int i = 0; i < json.length; i++) {
                monitor.published(events.get(i), json[i]);
            }
        }

        private void rollbackQuietly() {
            try {
                session.rollback();
            } catch (JMSException e) {
                LOG.debug("Rollback after a failed publish also failed: {}", e.getMessage());
            }
        }

        void closeQuietly() {
            try {
                session.close();
            } catch (JMSException e) {
                LOG.debug("Closing a publisher session: {}", e.getMessage());
            }
        }
    }
}
