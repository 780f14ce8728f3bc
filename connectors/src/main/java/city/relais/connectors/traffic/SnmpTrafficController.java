package city.relais.connectors.traffic;

import city.relais.config.automation.VehicleClass;
import city.relais.config.device.Protocol;
import city.relais.config.device.TrafficController;
import city.relais.connectors.lighting.DeviceException;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A traffic controller over SNMPv3 (SNMP4J, authPriv: HMAC-SHA-256 + AES-128, the device's {@code snmp} user) on the
 * objects of {@link PriorityObjects}: a request is one SET of its whole row, command last; status and mode are
 * GETs; a call is one SET. A timeout or no answer is retryable; an SNMP error status (the agent refusing a value or a
 * busy row) is not.
 */
public final class SnmpTrafficController implements TrafficControllerClient {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpTrafficController.class);

    private final TrafficController device;
    private final Clock clock;
    private final Snmp snmp;
    private final UserTarget<UdpAddress> target;
    private final Map<Integer, Integer> slotOfRequest = new HashMap<>();

    public SnmpTrafficController(TrafficController device, Clock clock, Duration timeout, int retries) {
        if (device.protocol() != Protocol.SNMP || device.snmp() == null) {
            throw new IllegalArgumentException(device.id() + " is not an SNMPv3 traffic controller");
        }
        this.device = device;
        this.clock = clock;
        try {
            this.snmp = SnmpV3Session.open(device.snmp().user(), device.snmp().authPassword().reveal(),
                    device.snmp().privPassword().reveal(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(device.id() + ": cannot open an SNMP socket", e);
        }
        int colon = device.address().lastIndexOf(':');
        this.target = new UserTarget<>();
        target.setAddress((UdpAddress) GenericAddress.parse("udp:" + device.address().substring(0, colon) + "/"
                + device.address().substring(colon + 1)));
        target.setVersion(SnmpConstants.version3);
        target.setSecurityLevel(SecurityLevel.AUTH_PRIV);
        target.setSecurityName(new OctetString(device.snmp().user()));
        target.setTimeout(timeout.toMillis());
        target.setRetries(retries);
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    @Override
    public Set<String> approaches() {
        return device.approaches().keySet();
    }

    @Override
    public synchronized RequestAck request(PriorityRequest request) throws DeviceException {
        if (slotOfRequest.containsKey(request.requestId())) {
            return update(request);
        }
        DeviceException refused = null;
        for (int slot = 0; slot < PriorityObjects.ROWS; slot++) {
            if (slotOfRequest.containsValue(slot)) {
                continue;
            }
            try {
                send(PDU.SET, "request " + request.requestId(), row(request, 1, slot));
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
        throw new DeviceException(device.id(), "NO_FREE_ROW", false, "no free row for request "
                + request.requestId(), refused);
    }

    @Override
    public synchronized RequestAck update(PriorityRequest request) throws DeviceException {
        send(PDU.SET, "update " + request.requestId(), row(request, 2, slotOf(request.requestId())));
        return new RequestAck(request.requestId(), status(request.requestId()));
    }

    @Override
    public synchronized RequestAck cancel(int requestId) throws DeviceException {
        send(PDU.SET, "cancel " + requestId, List.of(new VariableBinding(
                PriorityObjects.request(PriorityObjects.COMMAND, slotOf(requestId)), new Integer32(3))));
        return new RequestAck(requestId, status(requestId));
    }

    @Override
    public synchronized void clear(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            return;
        }
        List<Integer> held = get("read row " + slot, PriorityObjects.request(PriorityObjects.REQUEST_ID, slot),
                PriorityObjects.request(PriorityObjects.STATUS, slot));
        if (held.get(0) == requestId && held.get(1) != RequestStatus.NONE.code()) {
            send(PDU.SET, "clear " + requestId, List.of(new VariableBinding(
                    PriorityObjects.request(PriorityObjects.COMMAND, slot), new Integer32(4))));
        }
        slotOfRequest.remove(requestId);
    }

    @Override
    public synchronized RequestStatus status(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            return RequestStatus.NONE;
        }
        List<Integer> held = get("status " + requestId, PriorityObjects.request(PriorityObjects.REQUEST_ID, slot),
                PriorityObjects.request(PriorityObjects.STATUS, slot));
        if (held.get(0) != requestId) {
            return RequestStatus.NONE;
        }
        try {
            return RequestStatus.fromCode(held.get(1));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(device.id(), "BAD_STATUS", false, "status " + held.get(1), e);
        }
    }

    @Override
    public void placeCall(DetectorCall call) throws DeviceException {
        send(PDU.SET, "place call " + call, List.of(new VariableBinding(
                PriorityObjects.call(call.kind(), number(call.approach())), new Integer32(1))));
    }

    @Override
    public void clearCall(DetectorCall call) throws DeviceException {
        send(PDU.SET, "clear call " + call, List.of(new VariableBinding(
                PriorityObjects.call(call.kind(), number(call.approach())), new Integer32(0))));
    }

    @Override
    public ControllerMode mode() throws DeviceException {
        return get("controller status", PriorityObjects.controllerStatus()).get(0) == 0 ? ControllerMode.NORMAL
                : ControllerMode.FLASH;
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the SNMP session failed", device.id(), e);
        }
    }

    private List<VariableBinding> row(PriorityRequest request, int command, int slot) {
        Instant now = clock.instant();
        List<VariableBinding> row = new ArrayList<>();
        row.add(vb(PriorityObjects.REQUEST_ID, slot, request.requestId()));
        row.add(vb(PriorityObjects.APPROACH, slot, number(request.approach())));
        row.add(vb(PriorityObjects.VEHICLE_CLASS, slot, request.vehicleClass() == VehicleClass.EMERGENCY ? 1 : 2));
        row.add(vb(PriorityObjects.LEVEL, slot, request.level()));
        row.add(vb(PriorityObjects.SERVICE_IN, slot, units(request.desiredServiceTime() == null ? Duration.ZERO
                : Duration.between(now, request.desiredServiceTime()))));
        row.add(vb(PriorityObjects.DEPARTURE_IN, slot, units(request.estimatedDeparture() == null ? Duration.ZERO
                : Duration.between(now, request.estimatedDeparture()))));
        row.add(vb(PriorityObjects.LIFETIME, slot, Math.max(1, units(request.lifetime()))));
        row.add(vb(PriorityObjects.RESERVICE, slot, units(request.reserviceLimit())));
        row.add(vb(PriorityObjects.COMMAND, slot, command));
        return row;
    }

    private static VariableBinding vb(int column, int slot, int value) {
        return new VariableBinding(PriorityObjects.request(column, slot), new Integer32(value));
    }

    private static int units(Duration duration) {
        return duration.isNegative() ? 0 : (int) Math.min(0xFFFF, duration.toMillis() / PriorityObjects.TIME_UNIT_MILLIS);
    }

    private int number(String approach) {
        Integer number = device.approaches().get(approach);
        if (number == null) {
            throw new IllegalArgumentException(device.id() + " has no approach '" + approach + "'");
        }
        return number;
    }

    private int slotOf(int requestId) throws DeviceException {
        Integer slot = slotOfRequest.get(requestId);
        if (slot == null) {
            throw new DeviceException(device.id(), null, false, "request " + requestId + " was never sent", null);
        }
        return slot;
    }

    private List<Integer> get(String what, OID... oids) throws DeviceException {
        List<VariableBinding> bindings = new ArrayList<>();
        for (OID oid : oids) {
            bindings.add(new VariableBinding(oid));
        }
        PDU response = send(PDU.GET, what, bindings);
        List<Integer> values = new ArrayList<>();
        for (VariableBinding vb : response.getVariableBindings()) {
            if (vb.isException()) {
                throw new DeviceException(device.id(), vb.getVariable().getSyntaxString(), false, what + ": "
                        + vb.getOid() + " " + vb.getVariable(), null);
            }
            values.add(vb.getVariable().toInt());
        }
        return values;
    }

    private PDU send(int type, String what, List<VariableBinding> bindings) throws DeviceException {
        ScopedPDU pdu = new ScopedPDU();
        pdu.setType(type);
        pdu.addAll(bindings);
        ResponseEvent<UdpAddress> event;
        try {
            event = snmp.send(pdu, target);
        } catch (IOException e) {
            throw new DeviceException(device.id(), "IO_ERROR", true, what + " at " + device.address() + ": "
                    + e.getMessage(), e);
        }
        PDU response = event == null ? null : event.getResponse();
        if (response == null) {
            throw new DeviceException(device.id(), "TIMEOUT", true, what + " at " + device.address()
                    + ": no SNMPv3 answer within " + target.getTimeout() + " ms after " + (target.getRetries() + 1)
                    + " attempt(s)", event == null ? null : event.getError());
        }
        if (response.getType() == PDU.REPORT) {
            throw new DeviceException(device.id(), "REPORT " + response.getVariableBindings(), false, what
                    + ": the agent refused our SNMPv3 security (user, keys or level)", null);
        }
        if (response.getErrorStatus() != PDU.noError) {
            throw new DeviceException(device.id(), response.getErrorStatusText(), false, what + ": the agent answered "
                    + response.getErrorStatusText() + " at index " + response.getErrorIndex(), null);
        }
        return response;
    }
}
