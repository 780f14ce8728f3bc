package city.relais.hub.broker;

import java.nio.file.Path;
import java.util.Collection;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.Topic;

import city.relais.config.Broker;
import city.relais.config.BrokerMode;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The broker side of a running hub: the embedded Artemis (started here) or an external one (only connected to), with
 * the connection factory the routes and the publisher share.
 */
public final class BrokerRuntime implements AutoCloseable {

    private final EmbeddedBroker embedded;
    private final ActiveMQConnectionFactory connectionFactory;
    private final BrokerMonitor monitor;

    private BrokerRuntime(EmbeddedBroker embedded, ActiveMQConnectionFactory connectionFactory,
                          BrokerMonitor monitor) {
        this.embedded = embedded;
        this.connectionFactory = connectionFactory;
        this.monitor = monitor;
    }

    /** Starts the embedded broker (journal under {@code dataDir/broker}) or connects to the external one. */
    public static BrokerRuntime start(Broker broker, Path dataDir) throws Exception {
        if (broker == null || broker.mode() == BrokerMode.EMBEDDED) {
            EmbeddedBroker embedded = new EmbeddedBroker(dataDir.resolve("broker"), broker == null ? 0 : broker.port());
            embedded.start();
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(embedded.inVmUrl());
            return new BrokerRuntime(embedded, factory, embedded);
        }
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(clientUrl(broker.url()));
        if (broker.user() != null) {
            factory.setUser(broker.user());
        }
        if (broker.password() != null) {
            factory.setPassword(broker.password().reveal());
        }
        factory.setReconnectAttempts(-1);
        return new BrokerRuntime(null, factory, new ExternalBroker(factory, broker.url()));
    }

    /** The Artemis client takes several servers as {@code (tcp://a:61616,tcp://b:61616)}; the city file lists them. */
    static String clientUrl(String url) {
        String trimmed = url.strip();
        if (trimmed.startsWith("amqp")) {
            throw new IllegalArgumentException("broker.url " + trimmed + ": the hub talks to Artemis over its core "
                    + "protocol; use tcp:// or ssl:// (the broker's default acceptor on port 61616 takes it)");
        }
        return trimmed.contains(",") && !trimmed.startsWith("(") ? "(" + trimmed + ")" : trimmed;
    }

    /**
     * Creates the durable subscription of each automation before any route starts, so that an event published the
     * moment the hub is ready is kept for every automation, even on the very first start.
     */
    public void ensureSubscriptions(Collection<String> subscriptions) throws JMSException {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Topic events = session.createTopic(Addresses.EVENTS);
            for (String subscription : subscriptions) {
                session.createSharedDurableConsumer(events, subscription).close();
            }
        }
    }

    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    public BrokerMonitor monitor() {
        return monitor;
    }

    @Override
    public void close() throws Exception {
        connectionFactory.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
