package city.relais.hub.timeline;

import city.relais.config.CityConfig;
import city.relais.config.automation.Automation;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.traffic.RequestReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What an operator watching {@code relais run} reads: each camera event, then the decision, the command and the
 * device's acknowledgement it led to, one line each, with the time since the frame the event was found on. Events come
 * from the hub's cameras as they are published; decisions, commands and acknowledgements from the audit chain (lamps,
 * tickets, operators) and from the traffic automations' request reports (priority requests, detector calls). It also
 * keeps what {@link #summary()} reports after a {@code --once} pass.
 */
public final class Timeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Timeline.class);
    private static final int REMEMBERED = 10_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** One line of the timeline, as printed. */
    public record Line(Instant at, String camera, String step, String actor, String detail, String eventId,
                       Duration sinceEvent) {

        /** The printed form: clock, camera, step, detail, and the time since the event's frame. */
        public String text() {
            String since = sinceEvent == null ? "" : "  +" + sinceEvent.toMillis() + " ms";
            return CLOCK.format(at) + "  " + pad(camera, 15) + " " + pad(step, 9) + " " + detail + since;
        }
    }

    private final PrintWriter out;
    private final Map<String, String> cameraOfAutomation = new LinkedHashMap<>();
    private final Map<String, CityEvent> events = lru();
    private final Map<String, String> cameraOfKey = lru();
    private final java.util.ArrayDeque<Line> lines = new java.util.ArrayDeque<>();
    private ScheduledExecutorService poller;
    private long lastAuditId;

    /**
     * @param out where lines are printed as they come (null: only kept for the summary)
     */
    public Timeline(CityConfig city, PrintWriter out) {
        this.out = out;
        for (Automation a : city.automations()) {
            cameraOfAutomation.put(a.id(), a.when().camera());
        }
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    /** A camera event, as the hub publishes it; its time is the arrival of the frame it was found on. */
    public synchronized void event(CityEvent event) {
        events.put(event.id(), event);
        String what = event.type().wireName() + (event.zone() == null ? "" : " " + event.zone()) + ": "
                + event.explanation();
        add(new Line(event.time(), event.camera(), "event", event.camera(), what, event.id(), null));
    }

    /** A status of a priority request or a detector call the traffic automations report. */
    public synchronized void traffic(RequestReport report) {
        String camera = cameraOfAutomation.getOrDefault(report.automation(), report.automation());
        String what = report.device() + " approach " + report.approach()
                + (report.requestId() == 0 ? "" : " request " + report.requestId()) + ": " + report.status()
                + (report.reason() == null ? "" : " (" + report.reason() + ")");
        add(new Line(report.time(), camera, report.requestId() == 0 ? "call" : "priority", report.device(), what,
                report.eventId(),
                since(report.eventId(), report.time())));
    }

    /**
     * Something a device did on its own that belongs on the timeline (a simulator's signal change): {@code source}
     * takes the camera column.
     */
    public synchronized void note(Instant at, String source, String step, String detail) {
        add(new Line(at, source, step, source, detail, null, null));
    }

    /** One link of the audit chain (the EVENT link is already shown when the event was published). */
    public synchronized void audit(AuditEntry entry) {
        String camera = cameraOf(entry);
        if (entry.step() == AuditEntry.Step.EVENT && entry.eventId() != null && events.containsKey(entry.eventId())) {
            return;
        }
        String who = switch (entry.step()) {
            case COMMAND, ACK -> entry.actor() + ": ";
            case DECISION -> entry.actor().equals("auto") || entry.actor().equals("hub") ? "" : entry.actor() + ": ";
            default -> "";
        };
        add(new Line(entry.at(), camera, entry.step().wireName(), entry.actor(), who + entry.detail(), entry.eventId(),
                since(entry.eventId(), entry.at())));
    }

    private String cameraOf(AuditEntry entry) {
        CityEvent event = entry.eventId() == null ? null : events.get(entry.eventId());
        String camera = event != null ? event.camera()
                : entry.step() == AuditEntry.Step.EVENT ? entry.actor()
                : cameraOfAutomation.get(entry.actor());
        if (camera == null && entry.idempotencyKey() != null) {
            camera = cameraOfKey.get(entry.idempotencyKey());
        }
        if (camera == null) {
            camera = "hub";
        }
        if (entry.idempotencyKey() != null) {
            cameraOfKey.putIfAbsent(entry.idempotencyKey(), camera);
        }
        return camera;
    }

    private Duration since(String eventId, Instant at) {
        CityEvent event = eventId == null ? null : events.get(eventId);
        if (event == null) {
            return null;
        }
        Duration d = Duration.between(event.time(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private void add(Line line) {
        lines.addLast(line);
        if (lines.size() > REMEMBERED) {
            lines.removeFirst();
        }
        if (out != null) {
            out.println(line.text());
            out.flush();
        }
    }

    /** Follows the audit chain: new links are read every 100 ms from the one after the latest link now stored. */
    public void follow(AuditTrail audit) throws SQLException {
        List<AuditEntry> latest = audit.recent(1);
        lastAuditId = latest.isEmpty() ? 0 : latest.get(0).id();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relais-timeline");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> poll(audit), 100, 100, TimeUnit.MILLISECONDS);
    }

    private void poll(AuditTrail audit) {
        try {
            for (AuditEntry entry : audit.after(lastAuditId, 500)) {
                lastAuditId = entry.id();
                audit(entry);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("timeline: audit not read this time: {}", e.toString());
        }
    }

    /** Reads the audit links still unread (call before {@link #summary()} at the end of a pass). */
    public void drain(AuditTrail audit) {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        poll(audit);
    }

    /** The lines so far (the latest ten thousand), in the order they were printed. */
    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** What each camera's events led to so far. */
    public synchronized TimelineSummary summary() {
        return TimelineSummary.of(List.copyOf(lines), events.values().stream()
                .filter(e -> e.type() != EventType.CAMERA_DOWN && e.type() != EventType.CAMERA_UP).toList());
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
