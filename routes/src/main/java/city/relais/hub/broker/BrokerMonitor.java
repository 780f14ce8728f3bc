package city.relais.hub.broker;

import java.util.Map;
import java.util.Set;

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

    /**
     * Removes the durable subscriptions of automations that are no longer in the city file, so that their queues do
     * not grow forever. Only subscriptions named {@code automation-*} are touched.
     *
     * @return the removed subscriptions with the number of events they still held
     */
    Map<String, Long> removeSubscriptionsOtherThan(Set<String> keep);
}
