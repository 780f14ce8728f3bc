package city.relais.hub.lighting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import city.relais.config.Site;
import city.relais.config.TimeWindow;

import org.shredzone.commons.suncalc.SunTimes;

/**
 * When a dimming policy may act: {@code always}, clock times ({@code 22:00..06:00}) in the site's time zone, or
 * sunset/sunrise at the site's position (computed with commons-suncalc; a polar night counts as night all day, a
 * midnight sun as no night). A window whose start comes after its end runs over midnight.
 */
public final class NightWindow {

    private final TimeWindow window;
    private final Site site;
    private final ZoneId zone;

    /** @param site needed for sunset/sunrise bounds; for clock bounds only its time zone is used (default: UTC) */
    public NightWindow(TimeWindow window, Site site) {
        if (window.needsSun() && site == null) {
            throw new IllegalArgumentException("night window " + window + " needs the site's position");
        }
        this.window = window;
        this.site = site;
        this.zone = site == null ? ZoneId.of("UTC") : site.timezone();
    }

    public boolean isNight(Instant t) {
        if (window.always()) {
            return true;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        Instant start = resolve(window.start(), day);
        Instant end = resolve(window.end(), day);
        if (start == null || end == null) {
            return polarNight(day);
        }
        return start.isAfter(end)
                ? !t.isBefore(start) || t.isBefore(end)
                : !t.isBefore(start) && t.isBefore(end);
    }

    private Instant resolve(TimeWindow.Bound bound, LocalDate day) {
        if (bound.clock() != null) {
            return day.atTime(bound.clock()).atZone(zone).toInstant();
        }
        SunTimes times = sunOn(day);
        ZonedDateTime at = bound.sun() == TimeWindow.Sun.SUNSET ? times.getSet() : times.getRise();
        return at == null ? null : at.toInstant();
    }

    private SunTimes sunOn(LocalDate day) {
        return SunTimes.compute().on(day.atStartOfDay(zone)).at(site.latitude(), site.longitude()).timezone(zone)
                .limit(java.time.Duration.ofDays(1)).execute();
    }

    private boolean polarNight(LocalDate day) {
        return site != null && sunOn(day).isAlwaysDown();
    }

    @Override
    public String toString() {
        return window.toString();
    }
}
