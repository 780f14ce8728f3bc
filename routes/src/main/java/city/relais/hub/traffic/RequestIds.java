package city.relais.hub.traffic;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request ids for one controller: 1..65535, in turn, from a random start so that a restarted hub does not reuse
 * the ids of requests the controller may still hold.
 */
final class RequestIds {

    private static final int LARGEST = 0xFFFF;
    private final AtomicInteger last = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, LARGEST));

    int next() {
        return last.updateAndGet(id -> id >= LARGEST ? 1 : id + 1);
    }
}
