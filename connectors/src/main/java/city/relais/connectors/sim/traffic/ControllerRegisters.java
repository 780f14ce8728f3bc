package city.relais.connectors.sim.traffic;

import city.relais.config.device.TrafficModbusProfile;
import city.relais.config.device.TrafficModbusProfile.RequestSlots;
import city.relais.connectors.traffic.CallKind;
import city.relais.connectors.traffic.ControllerMode;
import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The controller's holding registers on a traffic profile: the request slots (written whole with the command last;
 * the command acts when written), the call registers per approach, the controller status. Any other register
 * answers {@code ILLEGAL_DATA_ADDRESS}; an unknown command, a call value other than 0/1 or an update of another
 * request {@code ILLEGAL_DATA_VALUE}; another unit id no answer.
 */
final class ControllerRegisters implements ModbusServices {

    private final TrafficModbusProfile profile;
    private final RequestSlots slots;
    private final IntersectionController controller;
    private final int[][] written;

    ControllerRegisters(TrafficModbusProfile profile, IntersectionController controller) {
        this.profile = profile;
        this.slots = profile.slots();
        this.controller = controller;
        this.written = new int[slots.count()][slots.size()];
    }

    @Override
    public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unit,
                                                             ReadHoldingRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        ByteBuffer values = ByteBuffer.allocate(request.quantity() * 2);
        synchronized (controller) {
            for (int i = 0; i < request.quantity(); i++) {
                values.putShort((short) read(request.address() + i));
            }
        }
        return new ReadHoldingRegistersResponse(values.array());
    }

    @Override
    public WriteSingleRegisterResponse writeSingleRegister(ModbusRequestContext context, int unit,
                                                           WriteSingleRegisterRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        write(FunctionCode.WRITE_SINGLE_REGISTER, request.address(), new int[] {request.value()});
        return new WriteSingleRegisterResponse(request.address(), request.value());
    }

    @Override
    public WriteMultipleRegistersResponse writeMultipleRegisters(ModbusRequestContext context, int unit,
                                                                 WriteMultipleRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        ByteBuffer buffer = ByteBuffer.wrap(request.values());
        int[] values = new int[request.quantity()];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getShort() & 0xFFFF;
        }
        write(FunctionCode.WRITE_MULTIPLE_REGISTERS, request.address(), values);
        return new WriteMultipleRegistersResponse(request.address(), request.quantity());
    }

    private int read(int register) throws ModbusResponseException {
        if (register == profile.controllerStatus()) {
            return controller.mode() == ControllerMode.NORMAL ? 0 : 1;
        }
        Integer call = callApproach(register, profile.vehicleCalls());
        if (call != null) {
            return controller.hasCall(call, CallKind.VEHICLE) ? 1 : 0;
        }
        call = callApproach(register, profile.pedestrianCalls());
        if (call != null) {
            return controller.hasCall(call, CallKind.PEDESTRIAN) ? 1 : 0;
        }
        int slot = slotOf(register, FunctionCode.READ_HOLDING_REGISTERS);
        int offset = (register - slots.base()) % slots.size();
        var held = controller.slot(slot);
        if (offset == slots.status()) {
            return held.map(r -> r.status().code()).orElse(0);
        }
        if (offset == slots.requestId()) {
            return held.map(SimRequest::requestId).orElse(0);
        }
        return written[slot][offset];
    }

    /** Applies one write; a command register among the values acts after every value is stored. */
    private void write(FunctionCode function, int first, int[] values) throws ModbusResponseException {
        synchronized (controller) {
            if (values.length == 1 && writeCall(function, first, values[0])) {
                return;
            }
            int slot = slotOf(first, function);
            if (slotOf(first + values.length - 1, function) != slot) {
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
            }
            int offset = (first - slots.base()) % slots.size();
            Integer command = null;
            for (int i = 0; i < values.length; i++) {
                if (offset + i == slots.status()) {
                    continue;
                }
                written[slot][offset + i] = values[i];
                if (offset + i == slots.command()) {
                    command = values[i];
                }
            }
            if (command != null) {
                command(function, slot, command);
            }
        }
    }

    private void command(FunctionCode function, int slot, int command) throws ModbusResponseException {
        int[] w = written[slot];
        try {
            switch (command) {
                case 1 -> controller.request(slot, w[slots.requestId()], w[slots.approach()], w[slots.vehicleClass()],
                        w[slots.level()], time(w[slots.serviceIn()]), time(w[slots.departureIn()]),
                        time(w[slots.lifetime()]), time(w[slots.reservice()]));
                case 2 -> controller.update(slot, w[slots.requestId()], time(w[slots.serviceIn()]),
                        time(w[slots.departureIn()]), time(w[slots.lifetime()]));
                case 3 -> controller.cancel(slot);
                case 4 -> controller.clear(slot);
                default -> throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
            }
        } catch (IllegalStateException e) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
        }
    }

    private boolean writeCall(FunctionCode function, int register, int value) throws ModbusResponseException {
        Integer vehicle = callApproach(register, profile.vehicleCalls());
        Integer pedestrian = callApproach(register, profile.pedestrianCalls());
        if (vehicle == null && pedestrian == null) {
            return false;
        }
        if (value != 0 && value != 1) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
        }
        int approach = vehicle != null ? vehicle : pedestrian;
        CallKind kind = vehicle != null ? CallKind.VEHICLE : CallKind.PEDESTRIAN;
        if (value == 1) {
            controller.placeCall(approach, kind);
        } else {
            controller.clearCall(approach, kind);
        }
        return true;
    }

    private Integer callApproach(int register, int base) {
        int approach = register - base + 1;
        return approach >= 1 && controller.intersection().has(approach) ? approach : null;
    }

    private int slotOf(int register, FunctionCode function) throws ModbusResponseException {
        int index = register - slots.base();
        if (index < 0 || index >= slots.count() * slots.size()) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        return index / slots.size();
    }

    private Duration time(int units) {
        return profile.timeUnit().multipliedBy(units);
    }

    private void checkUnit(int unit) throws UnknownUnitIdException {
        if (unit != profile.unitId()) {
            throw new UnknownUnitIdException(unit);
        }
    }
}
