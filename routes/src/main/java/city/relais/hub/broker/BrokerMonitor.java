package city.relais.hub.broker;

import java.util.Map;

/** What the hub's health and metrics need to know about the broker, embedded or external. */
public interface BrokerMonitor {

    /** True when the broker accepts connections. */
    boolean isUp();

    /** A short human description: embedded journal folder, or external URL (never credentials). */
    String describe();

    /** Messages waiting on the dead-letter address, or -1 when it cannot be known. */
    long deadLetterCount();

    /** Messages waiting per durable subscription queue on the events address (empty when unknown). */
    Map<String, Long> backlogBySubscription();
}
