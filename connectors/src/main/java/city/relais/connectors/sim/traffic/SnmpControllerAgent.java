package city.relais.connectors.sim.traffic;

import city.relais.connectors.traffic.CallKind;
import city.relais.connectors.traffic.ControllerMode;
import city.relais.connectors.traffic.PriorityObjects;
import city.relais.connectors.traffic.SnmpV3Session;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulated controller's SNMPv3 agent (SNMP4J) on the objects of {@link PriorityObjects}: GET of any request
 * column, call or the controller status; SET of a request row (the command acts once the whole PDU is stored), of a
 * command alone (cancel, clear) or of a call. Only authPriv messages of its one user are answered; anything else
 * finds no security model or is dropped. Errors: {@code noSuchName}-style {@code noSuchObject} for unknown objects,
 * {@code wrongValue} for bad values, {@code inconsistentValue} for a request into a busy row or an update of
 * another request.
 */
public final class SnmpControllerAgent implements AutoCloseable, CommandResponder {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpControllerAgent.class);

    private final IntersectionController controller;
    private final String user;
    private final String authPassword;
    private final String privPassword;
    private final String bindAddress;
    private final int[][] written = new int[PriorityObjects.ROWS][PriorityObjects.STATUS + 1];
    private int port;
    private Snmp snmp;

    /** @param port UDP port, 0 = a free one (kept across restarts, see {@link #port()}) */
    public SnmpControllerAgent(IntersectionController controller, String user, String authPassword,
                               String privPassword, String bindAddress, int port) {
        this.controller = controller;
        this.user = user;
        this.authPassword = authPassword;
        this.privPassword = privPassword;
        this.bindAddress = bindAddress;
        this.port = port;
    }

    public synchronized SnmpControllerAgent start() throws IOException {
        if (snmp == null) {
            snmp = SnmpV3Session.open(user, authPassword, privPassword, new UdpAddress(bindAddress + "/" + port));
            snmp.addCommandResponder(this);
            port = ((UdpAddress) snmp.getMessageDispatcher().getTransportMappings().iterator().next()
                    .getListenAddress()).getPort();
            LOG.info("Traffic controller SNMPv3 agent (authPriv, user {}) listening on udp {}:{}", user, bindAddress,
                    port);
        }
        return this;
    }

    public synchronized void stop() {
        if (snmp != null) {
            try {
                snmp.close();
            } catch (IOException e) {
                LOG.warn("SNMP agent did not close cleanly", e);
            }
            snmp = null;
        }
    }

    public int port() {
        return port;
    }

    /** {@code host:port}, as a city file's {@code address}. */
    public String address() {
        return bindAddress + ":" + port;
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
        PDU request = event.getPDU();
        if (request == null || event.getSecurityLevel() != SecurityLevel.AUTH_PRIV) {
            event.setProcessed(true);
            return;
        }
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        synchronized (controller) {
            if (request.getType() == PDU.GET) {
                get(response);
            } else if (request.getType() == PDU.SET) {
                set(response);
            } else {
                response.setErrorStatus(PDU.genErr);
            }
        }
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (org.snmp4j.MessageException e) {
            LOG.warn("SNMP agent could not answer", e);
        }
        event.setProcessed(true);
    }

    private void get(PDU response) {
        for (VariableBinding vb : response.getVariableBindings()) {
            Integer value = read(vb.getOid());
            vb.setVariable(value == null ? Null.noSuchObject : new Integer32(value));
        }
    }

    private Integer read(OID oid) {
        if (oid.equals(PriorityObjects.controllerStatus())) {
            return controller.mode() == ControllerMode.NORMAL ? 0 : 1;
        }
        for (CallKind kind : CallKind.values()) {
            for (int approach : controller.intersection().approaches()) {
                if (oid.equals(PriorityObjects.call(kind, approach))) {
                    return controller.hasCall(approach, kind) ? 1 : 0;
                }
            }
        }
        int[] cell = cell(oid);
        if (cell == null) {
            return null;
        }
        var held = controller.slot(cell[1]);
        if (cell[0] == PriorityObjects.STATUS) {
            return held.map(r -> r.status().code()).orElse(0);
        }
        if (cell[0] == PriorityObjects.REQUEST_ID) {
            return held.map(SimRequest::requestId).orElse(0);
        }
        return written[cell[1]][cell[0]];
    }

    private void set(PDU response) {
        Map<Integer, Integer> commands = new HashMap<>();
        int index = 0;
        for (VariableBinding vb : response.getVariableBindings()) {
            index++;
            int value = vb.getVariable().toInt();
            if (setCall(vb.getOid(), value, response, index)) {
                continue;
            }
            int[] cell = cell(vb.getOid());
            if (cell == null || cell[0] == PriorityObjects.STATUS) {
                fail(response, cell == null ? PDU.noCreation : PDU.notWritable, index);
                return;
            }
            written[cell[1]][cell[0]] = value;
            if (cell[0] == PriorityObjects.COMMAND) {
                commands.put(cell[1], value);
            }
        }
        if (response.getErrorStatus() != PDU.noError) {
            return;
        }
        for (Map.Entry<Integer, Integer> command : commands.entrySet()) {
            int status = apply(command.getKey(), command.getValue());
            if (status != PDU.noError) {
                fail(response, status, index);
                return;
            }
        }
    }

    private boolean setCall(OID oid, int value, PDU response, int index) {
        for (CallKind kind : CallKind.values()) {
            for (int approach : controller.intersection().approaches()) {
                if (oid.equals(PriorityObjects.call(kind, approach))) {
                    if (value == 1) {
                        controller.placeCall(approach, kind);
                    } else if (value == 0) {
                        controller.clearCall(approach, kind);
                    } else {
                        fail(response, PDU.wrongValue, index);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private int apply(int slot, int command) {
        int[] w = written[slot];
        try {
            switch (command) {
                case 1 -> controller.request(slot, w[PriorityObjects.REQUEST_ID], w[PriorityObjects.APPROACH],
                        w[PriorityObjects.VEHICLE_CLASS], w[PriorityObjects.LEVEL], time(w[PriorityObjects.SERVICE_IN]),
                        time(w[PriorityObjects.DEPARTURE_IN]), time(w[PriorityObjects.LIFETIME]),
                        time(w[PriorityObjects.RESERVICE]));
                case 2 -> controller.update(slot, w[PriorityObjects.REQUEST_ID], time(w[PriorityObjects.SERVICE_IN]),
                        time(w[PriorityObjects.DEPARTURE_IN]), time(w[PriorityObjects.LIFETIME]));
                case 3 -> controller.cancel(slot);
                case 4 -> controller.clear(slot);
                default -> {
                    return PDU.wrongValue;
                }
            }
        } catch (IllegalStateException e) {
            return PDU.inconsistentValue;
        }
        return PDU.noError;
    }

    /** {column, slot} of a request-table object, or null. */
    private static int[] cell(OID oid) {
        OID table = new OID(PriorityObjects.BASE).append(1).append(1);
        if (oid.size() != table.size() + 2 || !oid.startsWith(table)) {
            return null;
        }
        int column = oid.get(table.size());
        int row = oid.get(table.size() + 1);
        if (column < PriorityObjects.REQUEST_ID || column > PriorityObjects.STATUS || row < 1
                || row > PriorityObjects.ROWS) {
            return null;
        }
        return new int[] {column, row - 1};
    }

    private static Duration time(int units) {
        return Duration.ofMillis(units * PriorityObjects.TIME_UNIT_MILLIS);
    }

    private static void fail(PDU response, int status, int index) {
        if (response.getErrorStatus() == PDU.noError) {
            response.setErrorStatus(status);
            response.setErrorIndex(index);
        }
    }
}
