package city.relais.config.device;

import java.time.Duration;
import java.util.Objects;

/**
 * The register map of a traffic-signal controller reached over Modbus TCP: a table of priority-request slots, the
 * virtual detector-call registers per approach, and a controller status register. Built in
 * ({@code generic-priority-v1}, resource {@code relais/builtin-traffic-profiles.yaml}); a modbus traffic-controller
 * device names one as its {@code profile}. Every register is a holding register. There is no register for phases,
 * timings or signal heads: the controller stays the safety authority.
 *
 * @param id               the profile's name
 * @param unitId           Modbus unit id (0..255)
 * @param timeout          wait for each response
 * @param retries          extra attempts after a timeout or a lost connection
 * @param timeUnit         unit of the time registers (service-in, departure-in, lifetime, reservice)
 * @param slots            the priority-request slots
 * @param vehicleCalls     register of approach 1's vehicle call; approach n at {@code vehicleCalls + n - 1}
 * @param pedestrianCalls  register of approach 1's pedestrian call; approach n at {@code pedestrianCalls + n - 1}
 * @param controllerStatus read: 0 = normal operation, 1 = flashing (conflict-monitor fault or start-up)
 */
public record TrafficModbusProfile(String id, int unitId, Duration timeout, int retries, Duration timeUnit,
                                   RequestSlots slots, int vehicleCalls, int pedestrianCalls,
                                   int controllerStatus) {

    /** Approaches a profile leaves room for in its call registers. */
    public static final int MAX_APPROACHES = 16;

    public TrafficModbusProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(slots, "slots");
    }

    /**
     * The request slots: slot k (0-based) starts at {@code base + k * size}; inside a slot, the offsets below.
     * A client writes a whole slot but its status in one Write Multiple Registers request, command last.
     */
    public record RequestSlots(int base, int count, int size, int requestId, int approach, int vehicleClass,
                               int level, int serviceIn, int departureIn, int lifetime, int reservice,
                               int command, int status) {

        /** The register of field {@code offset} in slot {@code slot}. */
        public int register(int slot, int offset) {
            return base + slot * size + offset;
        }
    }
}
