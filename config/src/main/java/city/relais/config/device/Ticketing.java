package city.relais.config.device;

import city.relais.config.Secret;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A city ticketing service (Open311 GeoReport v2).
 *
 * @param id           device id
 * @param protocol     open311
 * @param endpoint     base URL, {@code http(s)://.../v2}
 * @param apiKey       the {@code api_key}, a {@link Secret}
 * @param jurisdiction optional {@code jurisdiction_id}; null when absent
 * @param services     event type to Open311 {@code service_code}, in file order
 */
public record Ticketing(String id, Protocol protocol, String endpoint, Secret apiKey, String jurisdiction,
                        Map<String, String> services) implements Device {

    public Ticketing {
        services = services == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.TICKETING;
    }
}
