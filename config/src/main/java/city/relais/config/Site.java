package city.relais.config;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the city is: its time zone for schedules, and its position for sunset/sunrise night windows.
 *
 * @param name      a human name ("Suresnes pilot")
 * @param timezone  IANA time zone, e.g. Europe/Paris
 * @param latitude  degrees, -90..90
 * @param longitude degrees, -180..180
 */
public record Site(String name, ZoneId timezone, double latitude, double longitude) {

    public Site {
        Objects.requireNonNull(timezone, "timezone");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("latitude/longitude out of range");
        }
    }
}
