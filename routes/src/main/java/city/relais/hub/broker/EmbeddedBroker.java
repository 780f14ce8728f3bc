package city.relais.hub.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.QueueBinding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's embedded Artemis broker: persistent NIO journal under the data directory, an in-VM acceptor, and a TCP
 * acceptor on loopback only when a port is configured.
 */
public final class EmbeddedBroker implements BrokerMonitor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final AtomicInteger NEXT_SERVER_ID = new AtomicInteger();

    private final Path journalDir;
    private final int serverId;
    private final int tcpPort;
    private EmbeddedActiveMQ embedded;

    /**
     * @param journalDir folder holding the journal, bindings, paging and large messages
     * @param tcpPort    0 for in-VM only, otherwise a loopback TCP port for tools and other processes
     */
    public EmbeddedBroker(Path journalDir, int tcpPort) {
        this.journalDir = journalDir;
        this.tcpPort = tcpPort;
        this.serverId = NEXT_SERVER_ID.getAndIncrement();
    }

    /** The URL a client in this JVM uses to reach this broker. */
    public String inVmUrl() {
        return "vm://" + serverId;
    }

    public synchronized void start() throws Exception {
        embedded = new EmbeddedActiveMQ().setConfiguration(configuration());
        embedded.start();
        LOG.info("Embedded broker started: journal {}, {}", journalDir,
                tcpPort > 0 ? "tcp://127.0.0.1:" + tcpPort : "in-VM only");
    }

    private Configuration configuration() throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("relais-embedded-" + serverId)
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(journalDir.resolve("journal").toString())
                .setBindingsDirectory(journalDir.resolve("bindings").toString())
                .setPagingDirectory(journalDir.resolve("paging").toString())
                .setLargeMessagesDirectory(journalDir.resolve("large-messages").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", inVmUrl());
        if (tcpPort > 0) {
            config.addAcceptorConfiguration("loopback", "tcp://127.0.0.1:" + tcpPort);
        }
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(Addresses.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Addresses.EXPIRED))
                .setMaxDeliveryAttempts(10)
                .setAutoCreateDeadLetterResources(false));
        for (String address : new String[] {Addresses.DEAD_LETTERS, Addresses.EXPIRED}) {
            config.addQueueConfiguration(QueueConfiguration.of(address)
                    .setAddress(address)
                    .setRoutingType(RoutingType.ANYCAST)
                    .setDurable(true));
        }
        return config;
    }

    private ActiveMQServer server() {
        EmbeddedActiveMQ current = embedded;
        return current == null ? null : current.getActiveMQServer();
    }

    @Override
    public boolean isUp() {
        ActiveMQServer server = server();
        return server != null && server.isActive();
    }

    @Override
    public String describe() {
        return "embedded, journal " + journalDir;
    }

    @Override
    public long deadLetterCount() {
        ActiveMQServer server = server();
        if (server == null) {
            return -1;
        }
        Queue queue = server.locateQueue(SimpleString.of(Addresses.DEAD_LETTERS));
        return queue == null ? 0 : queue.getMessageCount();
    }

    @Override
    public Map<String, Long> backlogBySubscription() {
        Map<String, Long> backlog = new LinkedHashMap<>();
        ActiveMQServer server = server();
        if (server == null) {
            return backlog;
        }
        try {
            for (Binding binding : server.getPostOffice().getBindingsForAddress(SimpleString.of(Addresses.EVENTS))
                    .getBindings()) {
                if (binding instanceof QueueBinding queueBinding && queueBinding.getQueue().isDurable()) {
                    Queue queue = queueBinding.getQueue();
                    backlog.put(queue.getName().toString(), queue.getMessageCount());
                }
            }
        } catch (Exception e) {
            LOG.warn("Could not read the subscriptions of {}", Addresses.EVENTS, e);
        }
        return backlog;
    }

    @Override
    public Map<String, Long> removeSubscriptionsOtherThan(Set<String> keep) {
        Map<String, Long> removed = new LinkedHashMap<>();
        ActiveMQServer server = server();
        if (server == null) {
            return removed;
        }
        backlogBySubscription().forEach((queue, pending) -> {
            if (queue.startsWith(Addresses.subscriptionOf("")) && !keep.contains(queue)) {
                try {
                    server.destroyQueue(SimpleString.of(queue), null, false, true);
                    removed.put(queue, pending);
                } catch (Exception e) {
                    LOG.warn("Could not remove the stale subscription {}", queue, e);
                }
            }
        });
        return removed;
    }

    @Override
    public synchronized void close() throws Exception {
        if (embedded != null) {
            embedded.stop();
            embedded = null;
            LOG.info("Embedded broker stopped");
        }
    }
}
