package city.relais.hub.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import city.relais.event.CityEvent;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every event the hub publishes (HTTP, replay, demo source, and later the detection core): logs it, counts it by
 * type and keeps the most recent ones, as CloudEvents JSON, for {@code GET /api/events}.
 */
public final class EventMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(EventMonitor.class);

    private final HubMetrics metrics;
    private final int capacity;
    private final Deque<String> recent = new ArrayDeque<>();

    public EventMonitor(HubMetrics metrics, int capacity) {
        this.metrics = metrics;
        this.capacity = capacity;
    }

    /** Called once the broker holds the event. */
    void published(CityEvent event, String json) {
        metrics.eventReceived(event.type().wireName());
        if (LOG.isInfoEnabled()) {
            LOG.info("event {} camera={}{}{} id={}", event.type().wireName(), event.camera(),
                    event.zone() == null ? "" : " zone=" + event.zone(),
                    event.trackId() == null ? "" : " track=" + event.trackId(), event.id());
        }
        synchronized (recent) {
            recent.addFirst(json);
            while (recent.size() > capacity) {
                recent.removeLast();
            }
        }
    }

    /** The newest events first, as CloudEvents JSON. */
    public List<String> recent(int limit) {
        synchronized (recent) {
            List<String> newest = new ArrayList<>(Math.min(limit, recent.size()));
            for (String event : recent) {
                if (newest.size() >= limit) {
                    break;
                }
                newest.add(event);
            }
            return newest;
        }
    }
}
