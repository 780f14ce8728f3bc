package city.relais.hub.ingest;

import city.relais.config.CityConfig;
import city.relais.config.automation.Automation;
import city.relais.config.automation.When;
import city.relais.event.CityEvent;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The message group of an event: the ids of the devices the city's automations would move with it, sorted and joined
 * with {@code +} (camera id when no automation takes it). Published as {@code JMSXGroupID}, so that when several hubs
 * consume the same durable subscriptions, every event for one device is handled by one hub at a time, in order.
 */
public final class DeviceGroups {

    /** The JMS property Artemis groups on. */
    public static final String GROUP_PROPERTY = "JMSXGroupID";

    private final List<Automation> automations;

    public DeviceGroups(CityConfig city) {
        this.automations = List.copyOf(city.automations());
    }

    /** The group key of {@code event}; never null. */
    public String of(CityEvent event) {
        TreeSet<String> devices = new TreeSet<>();
        String type = event.type().wireName();
        for (Automation automation : automations) {
            if (automation.device() != null && matches(automation.when(), event, type)) {
                devices.add(automation.device());
            }
        }
        return devices.isEmpty() ? "camera:" + event.camera() : String.join("+", devices);
    }

    private static boolean matches(When when, CityEvent event, String type) {
        return when.camera().equals(event.camera())
                && (when.zone() == null || Objects.equals(when.zone(), event.zone()))
                && when.events().contains(type);
    }
}
