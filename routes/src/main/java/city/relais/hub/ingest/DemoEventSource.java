package city.relais.hub.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.JMSException;

import city.relais.event.CityEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in demo: replays a bundled JSON-lines scenario, one event per timer tick, each with a fresh id and the
 * current time, looping when asked. Stands in for the detection core until it runs on a scene without downloads.
 */
public final class DemoEventSource {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEventSource.class);

    private final List<CityEvent> scenario;
    private final boolean loop;
    private final EventPublisher publisher;
    private final AtomicLong published = new AtomicLong();

    public DemoEventSource(List<CityEvent> scenario, boolean loop, EventPublisher publisher) {
        this.scenario = List.copyOf(scenario);
        this.loop = loop;
        this.publisher = publisher;
    }

    public static DemoEventSource none(EventPublisher publisher) {
        return new DemoEventSource(List.of(), false, publisher);
    }

    /** Publishes the next scenario event; returns false once a non-looping scenario is over. */
    public boolean publishNext() throws JMSException {
        long index = published.get();
        if (scenario.isEmpty() || (!loop && index >= scenario.size())) {
            return false;
        }
        CityEvent template = scenario.get((int) (index % scenario.size()));
        publisher.publish(restamped(template));
        published.incrementAndGet();
        if (index > 0 && index % scenario.size() == scenario.size() - 1) {
            LOG.info("demo: scenario pass {} done ({} events)", index / scenario.size() + 1, scenario.size());
        }
        return true;
    }

    /** A copy of a scenario event with a fresh id and the current time, so that it can be published again. */
    public static CityEvent restamped(CityEvent e) {
        return new CityEvent(UUID.randomUUID().toString(), e.type(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                e.camera(), e.zone(), e.trackId(), e.objectClass(), e.confidence(), e.measurements(),
                e.explanation(), e.evidence());
    }
}
