package city.relais.hub.broker;

import java.util.Map;
import java.util.Set;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Health and dead-letter depth of an external broker, seen through plain JMS. */
public final class ExternalBroker implements BrokerMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalBroker.class);
    private static final int MAX_BROWSE = 100_000;

    private final ConnectionFactory connectionFactory;
    private final String url;

    public ExternalBroker(ConnectionFactory connectionFactory, String url) {
        this.connectionFactory = connectionFactory;
        this.url = url;
    }

    @Override
    public boolean isUp() {
        try (Connection connection = connectionFactory.createConnection()) {
            return true;
        } catch (JMSException e) {
            LOG.debug("External broker {} is not reachable: {}", url, e.getMessage());
            return false;
        }
    }

    @Override
    public String describe() {
        return "external, " + url;
    }

    @Override
    public long deadLetterCount() {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue(Addresses.DEAD_LETTERS))) {
            connection.start();
            long count = 0;
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements() && count < MAX_BROWSE) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (JMSException e) {
            LOG.debug("Could not browse {} on {}: {}", Addresses.DEAD_LETTERS, url, e.getMessage());
            return -1;
        }
    }

    @Override
    public Map<String, Long> backlogBySubscription() {
        return Map.of();
    }

    /** Plain JMS cannot list subscriptions: an external broker's operators remove stale ones with its own tools. */
    @Override
    public Map<String, Long> removeSubscriptionsOtherThan(Set<String> keep) {
        return Map.of();
    }
}
