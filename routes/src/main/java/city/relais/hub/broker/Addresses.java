package city.relais.hub.broker;

/** The broker addresses the hub uses. One place, so that routes, tests and the bench agree. */
public final class Addresses {

    /** Multicast address every city event is published to; each automation has its own durable subscription. */
    public static final String EVENTS = "relais.events";

    /** Anycast dead-letter address: messages a route could not process, with the reason in a header. */
    public static final String DEAD_LETTERS = "relais.dlq";

    /** Multicast address of device alarms (a controller down or back), JSON, for operators' consoles. */
    public static final String ALARMS = "relais.alarms";

    /** Anycast address for messages whose time to live ran out before anyone consumed them. */
    public static final String EXPIRED = "relais.expired";

    /** Header carrying why a message was dead-lettered. */
    public static final String FAILURE_REASON_HEADER = "relaisFailureReason";

    /** Header naming the route that gave up on a dead-lettered message. */
    public static final String FAILED_ROUTE_HEADER = "relaisFailedRoute";

    private Addresses() {
    }

    /**
     * The durable subscription name of an automation, which is also its Artemis queue name under {@link #EVENTS}
     * (no dots: Artemis escapes them in subscription queue names).
     */
    public static String subscriptionOf(String automationId) {
        return "automation-" + automationId;
    }
}
