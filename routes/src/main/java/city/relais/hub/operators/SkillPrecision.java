package city.relais.hub.operators;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import city.relais.config.PrecisionWatch;
import city.relais.event.CityEvent;
import city.relais.event.EventType;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.VerdictRecords;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live precision of each skill on each camera, from verdicts over a sliding window (the last N verdicts). Above the
 * false-positive limit, with enough verdicts, the skill's automatic actuation on that camera is suspended (alerts
 * still go to operators) and a {@code skill.suspended} event is emitted; an admin re-enables it.
 */
public final class SkillPrecision {

    /** What a skill's window shows. */
    public record Window(int sample, int falsePositives) {

        public double falsePositiveRate() {
            return sample == 0 ? 0 : (double) falsePositives / sample;
        }

        public double precision() {
            return sample == 0 ? 1 : 1 - falsePositiveRate();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SkillPrecision.class);

    private final VerdictRecords verdicts;
    private final PrecisionWatch watch;
    private final MeterRegistry registry;
    private final Consumer<CityEvent> emit;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, AtomicReference<Window>> windows = new ConcurrentHashMap<>();
    private final Map<String, String> suspended = new ConcurrentHashMap<>();

    public SkillPrecision(VerdictRecords verdicts, PrecisionWatch watch, MeterRegistry registry,
                          Consumer<CityEvent> emit, AuditTrail audit, Clock clock) throws SQLException {
        this.verdicts = verdicts;
        this.watch = watch;
        this.registry = registry;
        this.emit = emit;
        this.audit = audit;
        this.clock = clock;
        suspended.putAll(verdicts.suspensions());
        suspended.keySet().forEach(key -> window(key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/')
                + 1)));
    }

    /** True when the skill's automatic actuation on this camera is suspended. */
    public boolean suspended(String skill, String camera) {
        return suspended.containsKey(key(skill, camera));
    }

    /** Suspended {@code skill/camera} with the reason. */
    public Map<String, String> suspensions() {
        return Map.copyOf(suspended);
    }

    /** One verdict on one detection; may suspend the skill. */
    public Window verdict(String skill, String camera, String eventId, boolean correct, String source,
                          String reason) throws SQLException {
        Instant now = clock.instant();
        verdicts.add(skill, camera, eventId, correct, source, reason, now);
        List<Boolean> latest = verdicts.latest(skill, camera, watch.window());
        Window window = new Window(latest.size(), (int) latest.stream().filter(c -> !c).count());
        window(skill, camera).set(window);
        if (window.sample() >= watch.minSample() && window.falsePositiveRate() > watch.maxFalsePositiveRate()
                && !suspended(skill, camera)) {
            suspend(skill, camera, window, eventId, now);
        }
        return window;
    }

    private void suspend(String skill, String camera, Window window, String eventId, Instant now)
            throws SQLException {
        String reason = String.format("%s on %s: %d false positive(s) in the last %d verdicts (%.0f%%), above %.0f%%",
                skill, camera, window.falsePositives(), window.sample(), 100 * window.falsePositiveRate(),
                100 * watch.maxFalsePositiveRate());
        if (!verdicts.suspend(skill, camera, reason, now)) {
            return;
        }
        suspended.put(key(skill, camera), reason);
        LOG.warn("Skill suspended: {}; its automatic actuation is off until an admin re-enables it, alerts continue",
                reason);
        audit.record(AuditEntry.of(now, eventId, AuditEntry.Step.DECISION, "hub", null,
                "skill " + skill + " suspended on " + camera + ": " + reason));
        emit.accept(CityEvent.builder(EventType.SKILL_SUSPENDED, camera)
                .measurement("false_positive_rate", window.falsePositiveRate())
                .measurement("sample", window.sample())
                .explanation("automatic actuation of skill " + skill + " suspended: " + reason)
                .build());
    }

    /** An admin re-enables a skill; false when it was not suspended. */
    public boolean resume(String skill, String camera, String admin) throws SQLException {
        boolean resumed = verdicts.resume(skill, camera);
        suspended.remove(key(skill, camera));
        if (resumed) {
            LOG.info("Skill {} on {} re-enabled by {}", skill, camera, admin);
            audit.record(AuditEntry.of(clock.instant(), null, AuditEntry.Step.DECISION, admin, null,
                    "skill " + skill + " re-enabled on " + camera));
        }
        return resumed;
    }

    /** The current window of a skill on a camera (empty before any verdict since start). */
    public Window current(String skill, String camera) {
        AtomicReference<Window> window = windows.get(key(skill, camera));
        return window == null ? new Window(0, 0) : window.get();
    }

    private AtomicReference<Window> window(String skill, String camera) {
        return windows.computeIfAbsent(key(skill, camera), k -> {
            AtomicReference<Window> window = new AtomicReference<>(new Window(0, 0));
            Gauge.builder("relais_skill_precision", window, w -> w.get().precision())
                    .description("Precision of a skill on a camera over its verdict window (1 - false positives)")
                    .tag("skill", skill).tag("camera", camera).register(registry);
            Gauge.builder("relais_skill_verdicts_in_window", window, w -> w.get().sample())
                    .description("Verdicts in the window behind relais_skill_precision")
                    .tag("skill", skill).tag("camera", camera).register(registry);
            Gauge.builder("relais_skill_suspended", suspended, s -> s.containsKey(k) ? 1 : 0)
                    .description("1 while the skill's automatic actuation on the camera is suspended")
                    .tag("skill", skill).tag("camera", camera).register(registry);
            return window;
        });
    }

    private static String key(String skill, String camera) {
        return skill + "/" + camera;
    }
}
