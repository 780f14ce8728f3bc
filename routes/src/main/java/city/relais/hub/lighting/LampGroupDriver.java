package city.relais.hub.lighting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;
import city.relais.event.CityEvent;
import city.relais.hub.devices.CircuitBreaker;
import city.relais.hub.devices.CommandLog;
import city.relais.hub.devices.DeviceAlarm;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.devices.DeviceCommandRecord;
import city.relais.hub.metrics.HubMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the lamps of one {@code dim-when-empty} automation: feeds events and clock ticks to its policy and sends the
 * decisions to the lighting controller on a thread of its own. Decisions are coalesced: while the device is down only
 * the latest desired state waits, and it is sent once when the device is back — nothing stale is replayed. Device
 * errors open a circuit breaker and raise an alarm; they never stop the hub.
 */
public final class LampGroupDriver {

    private static final Logger LOG = LoggerFactory.getLogger(LampGroupDriver.class);

    /** A decision waiting to be sent, the idempotency key its retries share, and what caused it. */
    private record Pending(LightingDecision decision, String key, String trigger) {
    }

    private static final String CLOCK = "clock";
    /** The flow seen at the last check (null before the first): a decision is the broker's only when it changed. */
    private volatile Boolean lastFlowing;

    private final String automation;
    private final List<String> lamps;
    private final Duration lease;
    private final DimmingPolicy policy;
    private final LightingController controller;
    private final DeviceAlarms alarms;
    private final CommandLog log;
    private final HubMetrics metrics;
    private final Executor executor;
    private final Clock clock;
    private final CircuitBreaker breaker = new CircuitBreaker();
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String keyPrefix;
    private final EnergyAccount energy;

    public LampGroupDriver(String automation, List<String> lamps, Duration lease, DimmingPolicy policy,
                           LightingController controller, EnergyAccount energy, DeviceAlarms alarms, CommandLog log,
                           HubMetrics metrics, Executor executor, Clock clock) {
        this.energy = energy;
        this.automation = automation;
        this.lamps = List.copyOf(lamps);
        this.lease = lease;
        this.policy = policy;
        this.controller = controller;
        this.alarms = alarms;
        this.log = log;
        this.metrics = metrics;
        this.executor = executor;
        this.clock = clock;
        this.keyPrefix = automation + "/" + clock.millis() + "-";
    }

    /** An event of this automation's camera and zone. */
    public void onEvent(CityEvent event) {
        policy.onEvent(event.type(), event.zone(), event.time(), clock.instant())
                .ifPresent(d -> submit(d, event.type().wireName() + " " + event.id()));
    }

    /** Presence in a neighbouring group moving this way: light up ahead. */
    public void onLead(String fromAutomation, CityEvent event) {
        policy.onLeadPresence(event.time(), clock.instant())
                .ifPresent(d -> submit(d, "lead from " + fromAutomation + ": " + event.type().wireName() + " "
                        + event.id()));
    }

    /** Called every second: hold, night edges, lease renewal, and a retry of what the device has not taken yet. */
    public void tick() {
        Instant now = clock.instant();
        energy.accrue(policy.mode(), now);
        policy.onTick(now).ifPresent(d -> submit(d, CLOCK));
        if (pending.get() != null) {
            executor.execute(this::drain);
        }
    }

    /** Whether events reach the hub; while they do not, the lamps follow their program. */
    public void eventFlow(boolean flowing) {
        boolean changed = lastFlowing == null || lastFlowing != flowing;
        lastFlowing = flowing;
        String trigger = !changed ? CLOCK : flowing ? "broker up" : "broker down";
        policy.onEventFlow(flowing, clock.instant()).ifPresent(d -> submit(d, trigger));
    }

    /** The hub is stopping: give the lamps back to their program, once, now. */
    public void stop() {
        policy.onStop().ifPresent(d -> {
            pending.set(new Pending(d, keyPrefix + sequence.incrementAndGet(), CLOCK));
            drain();
        });
    }

    private void submit(LightingDecision decision, String trigger) {
        boolean renewal = decision instanceof LightingDecision.SetLevel set && set.renewal();
        pending.updateAndGet(old -> renewal && old != null ? old
                : new Pending(decision, keyPrefix + sequence.incrementAndGet(), trigger));
        executor.execute(this::drain);
    }

    private synchronized void drain() {
        Pending next = pending.get();
        Instant now = clock.instant();
        if (next == null || !breaker.allows(now)) {
            return;
        }
        try {
            CommandAck ack = send(next, now);
            pending.compareAndSet(next, null);
            record(next, now, ack.duplicate() ? "duplicate" : "ack", ack.deviceStatus());
            if (breaker.success()) {
                alarms.raise(new DeviceAlarm(controller.deviceId(), DeviceAlarm.State.UP,
                        "commands accepted again; sent the current state: " + describe(next.decision()), now));
            }
        } catch (DeviceException e) {
            record(next, now, "failed", e.protocolStatus());
            if (!e.retryable()) {
                pending.compareAndSet(next, null);
            }
            if (breaker.failure(now) || !e.retryable()) {
                alarms.raise(new DeviceAlarm(controller.deviceId(), DeviceAlarm.State.DOWN, e.getMessage(), now));
            }
            LOG.warn("automation {}: {} on {} failed ({}): {}", automation, describe(next.decision()),
                    controller.deviceId(), e.retryable() ? "will retry" : "dropped", e.getMessage());
        } catch (RuntimeException e) {
            record(next, now, "failed", e.getClass().getSimpleName());
            breaker.failure(now);
            LOG.warn("automation {}: {} on {} failed unexpectedly", automation, describe(next.decision()),
                    controller.deviceId(), e);
        }
    }

    private CommandAck send(Pending next, Instant now) throws DeviceException {
        if (next.decision() instanceof LightingDecision.SetLevel set) {
            return controller.setLevel(new LevelCommand(next.key(), lamps, set.levelPercent(), set.ramp(),
                    now.plus(lease), set.reason(), next.key()));
        }
        return controller.release(new ReleaseCommand(next.key(), lamps, next.decision().reason(), next.key()));
    }

    private void record(Pending sent, Instant now, String outcome, String status) {
        metrics.deviceCommand(controller.deviceId(), outcome);
        log.append(new DeviceCommandRecord(now, sent.key(), automation, controller.deviceId(), sent.trigger(),
                describe(sent.decision()), sent.decision().reason(), outcome, status));
        if (!"failed".equals(outcome)) {
            LOG.info("automation {}: {} {} -> {} {} ({})", automation, describe(sent.decision()), lamps,
                    controller.deviceId(), outcome, status);
        }
    }

    static String describe(LightingDecision decision) {
        if (decision instanceof LightingDecision.SetLevel set) {
            return (set.renewal() ? "renew " : "set ") + Math.round(set.levelPercent()) + "%"
                    + (set.ramp().isZero() ? "" : " over " + set.ramp().toMillis() + " ms");
        }
        return "release to program";
    }
}
