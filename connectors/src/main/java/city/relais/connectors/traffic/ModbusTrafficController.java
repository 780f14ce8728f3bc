package city.relais.connectors.traffic;

import city.relais.config.automation.VehicleClass;
import city.relais.config.device.Protocol;
import city.relais.config.device.TrafficController;
import city.relais.config.device.TrafficModbusProfile;
import city.relais.config.device.TrafficModbusProfile.RequestSlots;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.modbus.ModbusLink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A traffic controller behind Modbus TCP, on a register-map profile (e.g. the built-in {@code generic-priority-v1}).
 * A request takes a free slot of the controller's request table and is written there whole, command last, in one
 * Write Multiple Registers request; update, cancel and clear write the slot's command register. A detector call is
 * the approach's call register set to 1 (placed) or 0 (cleared). Nothing else is ever written.
 */
public final class ModbusTrafficController implements TrafficControllerClient {

    static final int COMMAND_REQUEST = 1;
    static final int COMMAND_UPDATE = 2;
    static final int COMMAND_CANCEL = 3;
    static final int COMMAND_CLEAR = 4;

    private final TrafficController device;
    private final TrafficModbusProfile profile;
    private final RequestSlots slots;
    private final ModbusLink link;
    private final Clock clock;
    private final Map<Integer, Integer> slotOfRequest = new HashMap<>();

    public ModbusTrafficController(TrafficController device, TrafficModbusProfile profile, Clock clock) {
        if (device.protocol() != Protocol.MODBUS) {
            throw new IllegalArgumentException(device.id() + " is not a Modbus traffic controller");
        }
        this.device = device;
        this.profile = profile;
        this.slots = profile.slots();
        this.clock = clock;
        this.link = new ModbusLink(device.id(), device.address(), "controller", profile.unitId(), profile.timeout(),
                profile.retries(), Set.of());
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    @Override
    public Set<String> approaches() {
        return device.approaches().keySet();
    }

    public TrafficModbusProfile profile() {
        return profile;
    }

    /**
     * Writes the request into the first slot holding none of ours. The controller refuses a request into a slot
     * whose request is still active (someone else's, e.g. from before a hub restart): the next slot is tried.
     */
    @Override
    public synchronized RequestAck request(PriorityRequest request) throws DeviceException {
        if (slotOfRequest.containsKey(request.requestId())) {
            return update(request);
        }
        DeviceException refused = null;
        for (int slot = 0; slot < slots.count(); slot++) {
            if (slotOfRequest.containsValue(slot)) {
                continue;
            }
            try {
                link.write("request " + request.requestId() + " on " + request.approach(),
                        slots.register(slot, firstWritten()), block(request, COMMAND_REQUEST, slot));
            } catch (DeviceException e) {
                if (e.retryable()) {
                    throw e;
                }
                refused = e;
                continue;
            }
            slotOfRequest.put(request.requestId(), slot);
            return new RequestAck(request.requestId(), status(request.requestId()));
        }
        throw new DeviceException(device.id(), "NO_FREE_SLOT", false, "no free slot for request "
                + request.requestId() + " among the controller's " + slots.count(), refused);
    }

    @Override
    public synchronized RequestAck update(PriorityRequest request) throws DeviceException {
        int slot = slotOf(request.requestId());
        int[] block = block(request, COMMAND_UPDATE, slot);
        link.write("update request " + request.requestId(), slots.register(slot, firstWritten()), block);
        return new RequestAck(request.requestId(), status(request.requestId()));
    }

    @Override
    public synchronized RequestAck cancel(int requestId) throws DeviceException {
        int slot = slotOf(requestId);
        link.write("cancel request " + requestId, slots.register(slot, slots.command()), COMMAND_CANCEL);
        return new RequestAck(requestId, status(requestId));
    }

    @Override
    public synchronized void clear(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            return;
        }
        int[] held = link.read("read slot " + slot, slots.register(slot, 0), slots.size());
        if (held[slots.requestId()] == requestId && held[slots.status()] != RequestStatus.NONE.code()) {
            link.write("clear request " + requestId, slots.register(slot, slots.command()), COMMAND_CLEAR);
        }
        slotOfRequest.remove(requestId);
    }

    @Override
    public synchronized RequestStatus status(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            return RequestStatus.NONE;
        }
        int[] held = link.read("read request " + requestId, slots.register(slot, 0), slots.size());
        if (held[slots.requestId()] != requestId) {
            return RequestStatus.NONE;
        }
        return decode(held[slots.status()]);
    }

    @Override
    public void placeCall(DetectorCall call) throws DeviceException {
        link.write("place " + call.kind().name().toLowerCase() + " call on " + call.approach(), callRegister(call), 1);
    }

    @Override
    public void clearCall(DetectorCall call) throws DeviceException {
        link.write("clear " + call.kind().name().toLowerCase() + " call on " + call.approach(), callRegister(call), 0);
    }

    @Override
    public ControllerMode mode() throws DeviceException {
        int value = link.read("read controller status", profile.controllerStatus(), 1)[0];
        return value == 0 ? ControllerMode.NORMAL : ControllerMode.FLASH;
    }

    @Override
    public void close() {
        link.close();
    }

    private RequestStatus decode(int code) throws DeviceException {
        try {
            return RequestStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(device.id(), "BAD_STATUS", false, "status register holds " + code
                    + ", not a request status of profile " + profile.id(), e);
        }
    }

    private int callRegister(DetectorCall call) {
        int base = call.kind() == CallKind.VEHICLE ? profile.vehicleCalls() : profile.pedestrianCalls();
        return base + number(call.approach()) - 1;
    }

    private int number(String approach) {
        Integer number = device.approaches().get(approach);
        if (number == null) {
            throw new IllegalArgumentException(device.id() + " has no approach '" + approach + "' (approaches: "
                    + device.approaches().keySet() + ")");
        }
        return number;
    }

    private int slotOf(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            throw new DeviceException(device.id(), null, false, "request " + requestId + " was never sent to this "
                    + "controller", null);
        }
        return slot;
    }

    private int firstWritten() {
        return Math.min(Math.min(Math.min(slots.requestId(), slots.approach()), Math.min(slots.vehicleClass(),
                slots.level())), Math.min(Math.min(slots.serviceIn(), slots.departureIn()), Math.min(
                Math.min(slots.lifetime(), slots.reservice()), slots.command())));
    }

    private int lastWritten() {
        return Math.max(Math.max(Math.max(slots.requestId(), slots.approach()), Math.max(slots.vehicleClass(),
                slots.level())), Math.max(Math.max(slots.serviceIn(), slots.departureIn()), Math.max(
                Math.max(slots.lifetime(), slots.reservice()), slots.command())));
    }

    /** The registers from the first written field to the last; the status register, if inside, is left 0. */
    private int[] block(PriorityRequest request, int command, int slot) {
        int first = firstWritten();
        int[] block = new int[lastWritten() - first + 1];
        Instant now = clock.instant();
        block[slots.requestId() - first] = request.requestId();
        block[slots.approach() - first] = number(request.approach());
        block[slots.vehicleClass() - first] = request.vehicleClass() == VehicleClass.EMERGENCY ? 1 : 2;
        block[slots.level() - first] = request.level();
        block[slots.serviceIn() - first] = units(request.desiredServiceTime() == null ? Duration.ZERO
                : Duration.between(now, request.desiredServiceTime()));
        block[slots.departureIn() - first] = units(request.estimatedDeparture() == null ? Duration.ZERO
                : Duration.between(now, request.estimatedDeparture()));
        block[slots.lifetime() - first] = Math.max(1, units(request.lifetime()));
        block[slots.reservice() - first] = units(request.reserviceLimit());
        block[slots.command() - first] = command;
        return block;
    }

    private int units(Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        return (int) Math.min(0xFFFF, duration.toMillis() / profile.timeUnit().toMillis());
    }
}
