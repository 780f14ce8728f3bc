package city.relais.config.automation;

import java.util.List;

/**
 * What triggers an automation.
 *
 * @param camera camera id (required)
 * @param zone   optional zone on that camera; null = any zone
 * @param events at least one event type
 */
public record When(String camera, String zone, List<String> events) {

    public When {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
