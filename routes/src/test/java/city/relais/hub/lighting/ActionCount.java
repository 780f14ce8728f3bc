package city.relais.hub.lighting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.relais.hub.HttpProbe;

/** Reads from /metrics how many events the automations acted on. */
final class ActionCount {

    private static final Pattern ACTED =
            Pattern.compile("(?m)^relais_automation_events_total\\{[^}]*outcome=\"acted\"[^}]*} (\\S+)$");

    private ActionCount() {
    }

    static double acted(HttpProbe http) {
        Matcher m = ACTED.matcher(http.get("/metrics").body());
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
