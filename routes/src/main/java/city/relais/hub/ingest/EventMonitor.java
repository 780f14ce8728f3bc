package city.relais.hub.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import city.relais.event.CityEvent;
import city.relais.event.InvalidEventException;
import city.relais.hub.automation.EventDecoder;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Watches the events address: logs each event, counts it by type and keeps the most recent ones for the API. */
public final class EventMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(EventMonitor.class);

    private final EventDecoder decoder;
    private final HubMetrics metrics;
    private final int capacity;
    private final Deque<CityEvent> recent = new ArrayDeque<>();

    public EventMonitor(EventDecoder decoder, HubMetrics metrics, int capacity) {
        this.decoder = decoder;
        this.metrics = metrics;
        this.capacity = capacity;
    }

    /** Called for every message on the events address. Unreadable messages are counted, not thrown. */
    public void observe(Object body) {
        CityEvent event;
        try {
            event = decoder.decode(body);
        } catch (InvalidEventException e) {
            metrics.eventRejected("broker");
            LOG.warn("Unreadable message on the events address: {}", e.getMessage());
            return;
        }
        metrics.eventReceived(event.type().wireName());
        LOG.info("event {} camera={}{}{} id={}", event.type().wireName(), event.camera(),
                event.zone() == null ? "" : " zone=" + event.zone(),
                event.trackId() == null ? "" : " track=" + event.trackId(), event.id());
        synchronized (recent) {
            recent.addFirst(event);
            while (recent.size() > capacity) {
                recent.removeLast();
            }
        }
    }

    /** The newest events first. */
    public List<CityEvent> recent(int limit) {
        synchronized (recent) {
            List<CityEvent> newest = new ArrayList<>(Math.min(limit, recent.size()));
            for (CityEvent event : recent) {
                if (newest.size() >= limit) {
                    break;
                }
                newest.add(event);
            }
            return newest;
        }
    }
}
