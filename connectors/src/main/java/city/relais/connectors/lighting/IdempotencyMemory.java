package city.relais.connectors.lighting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The acknowledgements of the last commands a controller applied, by idempotency key, for protocols whose devices
 * keep no request id (OPC UA, Modbus): a retry of an applied command is answered from here, marked duplicate,
 * without touching the device again. Bounded (oldest forgotten first); thread-safe.
 */
public final class IdempotencyMemory {

    public static final int DEFAULT_CAPACITY = 4096;

    private final Map<String, CommandAck> acks;

    public IdempotencyMemory() {
        this(DEFAULT_CAPACITY);
    }

    public IdempotencyMemory(int capacity) {
        this.acks = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CommandAck> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The earlier answer to this key, marked duplicate; empty when the key is new. */
    public synchronized Optional<CommandAck> replay(String idempotencyKey) {
        CommandAck earlier = acks.get(idempotencyKey);
        return earlier == null ? Optional.empty()
                : Optional.of(new CommandAck(earlier.idempotencyKey(), earlier.deviceStatus(), true));
    }

    /** Remembers an applied command's answer and returns it. */
    public synchronized CommandAck remember(CommandAck ack) {
        acks.put(ack.idempotencyKey(), ack);
        return ack;
    }
}
