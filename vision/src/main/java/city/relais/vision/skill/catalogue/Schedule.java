package city.relais.vision.skill.catalogue;

import city.relais.config.TimeWindow;
import city.relais.config.camera.GeoPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily {@link TimeWindow} evaluated at an instant in the city's time zone. Sunset and sunrise come from the
 * camera's position (NOAA sunrise equation, about a minute off, which is enough for a schedule); a window that uses
 * them needs that position.
 */
final class Schedule {

    private final TimeWindow window;
    private final ZoneId zoneId;
    private final GeoPoint position;

    Schedule(TimeWindow window, ZoneId zoneId, GeoPoint position) {
        this.window = window == null ? TimeWindow.ALWAYS : window;
        this.zoneId = zoneId;
        this.position = position;
        if (this.window.needsSun() && position == null) {
            throw new IllegalArgumentException("schedule " + this.window + " uses sunset/sunrise: the camera needs a "
                    + "location");
        }
    }

    /** True when {@code at} lies in the window (start inclusive, end exclusive; over midnight when start > end). */
    boolean contains(Instant at) {
        if (window.always()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zoneId);
        LocalTime start = time(window.start(), local.toLocalDate());
        LocalTime end = time(window.end(), local.toLocalDate());
        LocalTime now = local.toLocalTime();
        if (!start.isAfter(end)) {
            return !now.isBefore(start) && now.isBefore(end);
        }
        return !now.isBefore(start) || now.isBefore(end);
    }

    private LocalTime time(TimeWindow.Bound bound, LocalDate day) {
        if (bound.clock() != null) {
            return bound.clock();
        }
        return sun(day, bound.sun() == TimeWindow.Sun.SUNRISE);
    }

    /** Local time of sunrise or sunset on {@code day}; polar day or night fall back to noon / midnight. */
    private LocalTime sun(LocalDate day, boolean rise) {
        int n = day.getDayOfYear();
        double lat = Math.toRadians(position.latitude());
        double gamma = 2 * Math.PI / 365 * (n - 1);
        double eqTime = 229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma)
                - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
        double decl = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma)
                - 0.006758 * Math.cos(2 * gamma) + 0.000907 * Math.sin(2 * gamma)
                - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
        double cosHa = Math.cos(Math.toRadians(90.833)) / (Math.cos(lat) * Math.cos(decl))
                - Math.tan(lat) * Math.tan(decl);
        if (cosHa > 1 || cosHa < -1) {
            return cosHa > 1 ? LocalTime.NOON : LocalTime.MIDNIGHT;
        }
        double ha = Math.toDegrees(Math.acos(cosHa)) * (rise ? 1 : -1);
        double utcMinutes = 720 - 4 * (position.longitude() + ha) - eqTime;
        Instant utc = day.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(Math.round(utcMinutes * 60));
        return utc.atZone(zoneId).toLocalTime();
    }

    @Override
    public String toString() {
        return window.toString();
    }
}
