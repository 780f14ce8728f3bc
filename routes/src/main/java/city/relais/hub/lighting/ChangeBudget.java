package city.relais.hub.lighting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Anti-cycling: the level changes a lamp group made over the last hour, against the automation's limit. */
final class ChangeBudget {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int maxPerHour;
    private final Deque<Instant> changes = new ArrayDeque<>();

    ChangeBudget(int maxPerHour) {
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("max-changes-per-hour must be >= 1");
        }
        this.maxPerHour = maxPerHour;
    }

    /** Changes still allowed in the hour ending at {@code now}. */
    int remaining(Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!changes.isEmpty() && !changes.peekFirst().isAfter(horizon)) {
            changes.removeFirst();
        }
        return maxPerHour - changes.size();
    }

    void spend(Instant now) {
        changes.addLast(now);
    }
}
