package city.relais.connectors.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One lamp as a real controller keeps it: a program level it follows by default, a commanded level held under a
 * lease, a linear ramp between levels, a return to the program when the lease expires, and a count of switching
 * cycles (target changes) over the last hour. Time comes from an injectable clock; state is evaluated lazily, so a
 * lease expiry is applied the next time anyone looks. Thread-safe. Used by every lighting simulator.
 */
public final class SimulatedLamp {

    private static final Duration RELEASE_RAMP = Duration.ofSeconds(2);
    private static final Duration CYCLE_WINDOW = Duration.ofHours(1);

    private final String id;
    private final Clock clock;
    private double programLevel;
    private double failureLevel;
    private boolean failed;

    private double rampFrom;
    private double target;
    private Instant rampStart;
    private Duration rampLength = Duration.ZERO;
    private Instant leaseExpiry;
    private final List<LevelChange> history = new ArrayList<>();
    private final Deque<Instant> cycles = new ArrayDeque<>();

    public SimulatedLamp(String id, double programLevel, double failureLevel, Clock clock) {
        this.id = id;
        this.clock = clock;
        this.programLevel = checkLevel(programLevel);
        this.failureLevel = checkLevel(failureLevel);
        this.rampFrom = programLevel;
        this.target = programLevel;
        this.rampStart = clock.instant();
    }

    private static double checkLevel(double level) {
        if (!(level >= 0 && level <= 100)) {
            throw new IllegalArgumentException("level " + level + " is outside 0..100");
        }
        return level;
    }

    public String id() {
        return id;
    }

    /** Sets the lamp to {@code level} over {@code ramp}, held until {@code expiry}. */
    public synchronized void command(double level, Duration ramp, Instant expiry) {
        expireLeaseIfDue();
        leaseExpiry = expiry;
        moveTo(checkLevel(level), ramp, LevelChange.Cause.COMMAND);
    }

    /** Moves the end of the current lease (a renewal), leaving level and ramp alone; no-op without a lease. */
    public synchronized void renew(Instant expiry) {
        expireLeaseIfDue();
        if (leaseExpiry != null) {
            leaseExpiry = expiry;
        }
    }

    /** Ends the lease now: back to the program level. */
    public synchronized void release() {
        expireLeaseIfDue();
        if (leaseExpiry != null) {
            leaseExpiry = null;
            moveTo(programLevel, RELEASE_RAMP, LevelChange.Cause.RELEASE);
        }
    }

    /** The controller's own schedule changes the program level (followed when no lease holds). */
    public synchronized void setProgramLevel(double level) {
        expireLeaseIfDue();
        programLevel = checkLevel(level);
        if (leaseExpiry == null) {
            moveTo(programLevel, RELEASE_RAMP, LevelChange.Cause.PROGRAM);
        }
    }

    /** The system-failure level a gateway applies when its bus fails; {@link #fail(boolean)} simulates that. */
    public synchronized void setFailureLevel(double level) {
        failureLevel = checkLevel(level);
    }

    public synchronized void fail(boolean failed) {
        this.failed = failed;
    }

    private void moveTo(double level, Duration ramp, LevelChange.Cause cause) {
        Instant now = clock.instant();
        double current = actualAt(now);
        if (level != target) {
            history.add(new LevelChange(now, target, level, cause));
            cycles.addLast(now);
        }
        rampFrom = current;
        target = level;
        rampStart = now;
        rampLength = ramp;
    }

    private void expireLeaseIfDue() {
        if (leaseExpiry != null && !clock.instant().isBefore(leaseExpiry)) {
            Instant expiredAt = leaseExpiry;
            leaseExpiry = null;
            Instant now = clock.instant();
            double current = actualAt(now);
            if (programLevel != target) {
                history.add(new LevelChange(expiredAt, target, programLevel, LevelChange.Cause.LEASE_EXPIRED));
                cycles.addLast(expiredAt);
            }
            rampFrom = current;
            target = programLevel;
            rampStart = now;
            rampLength = RELEASE_RAMP;
        }
    }

    private double actualAt(Instant now) {
        if (rampLength.isZero() || !now.isBefore(rampStart.plus(rampLength))) {
            return target;
        }
        double done = Duration.between(rampStart, now).toNanos() / (double) rampLength.toNanos();
        return rampFrom + (target - rampFrom) * Math.max(0, done);
    }

    /** The light output now (percent), mid-ramp included. */
    public synchronized double actualLevel() {
        expireLeaseIfDue();
        return failed ? failureLevel : actualAt(clock.instant());
    }

    /** The level the lamp is going to: the lease's level, or the program level. */
    public synchronized double targetLevel() {
        expireLeaseIfDue();
        return failed ? failureLevel : target;
    }

    /** End of the current lease, or null when the lamp follows its program. */
    public synchronized Instant leaseExpiry() {
        expireLeaseIfDue();
        return leaseExpiry;
    }

    public synchronized double programLevel() {
        return programLevel;
    }

    public synchronized double failureLevel() {
        return failureLevel;
    }

    public synchronized boolean failed() {
        return failed;
    }

    /** Target changes over the last hour (anti-cycling is judged on this). */
    public synchronized int switchingCyclesLastHour() {
        expireLeaseIfDue();
        Instant horizon = clock.instant().minus(CYCLE_WINDOW);
        while (!cycles.isEmpty() && cycles.peekFirst().isBefore(horizon)) {
            cycles.removeFirst();
        }
        return cycles.size();
    }

    /** Every target change since the lamp was created, oldest first. */
    public synchronized List<LevelChange> history() {
        expireLeaseIfDue();
        return List.copyOf(history);
    }
}
