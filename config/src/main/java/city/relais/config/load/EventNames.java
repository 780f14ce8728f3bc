package city.relais.config.load;

import city.relais.config.EventTypes;
import city.relais.config.load.Fields.Item;

import java.util.ArrayList;
import java.util.List;

/** Checks event type names ({@code zone.occupied}) wherever the file names one. */
final class EventNames {

    private EventNames() {
    }

    /** True when known; else reports it with the closest known name. */
    static boolean check(String name, String path, int line, Problems problems) {
        if (EventTypes.isKnown(name)) {
            return true;
        }
        String hint = Suggest.didYouMean(name, EventTypes.ALL);
        problems.add(path, line, "unknown event type '" + name + "'"
                + (hint.isEmpty() ? " (known: " + String.join(", ", EventTypes.ALL) + ")" : hint));
        return false;
    }

    /**
     * A list of event types under {@code key}. Unknown and repeated ones are reported but kept, so that later
     * checks find each event at its index (the file is refused anyway).
     */
    static List<String> read(Fields f, String key) {
        List<String> events = new ArrayList<>();
        for (Item item : f.list(key)) {
            String name = Values.text(item.node(), item.path(), f.problems());
            if (name == null) {
                continue;
            }
            if (check(name, item.path(), item.line(), f.problems()) && events.contains(name)) {
                f.problems().add(item.path(), item.line(), "'" + name + "' is listed twice");
            }
            events.add(name);
        }
        return events;
    }
}
