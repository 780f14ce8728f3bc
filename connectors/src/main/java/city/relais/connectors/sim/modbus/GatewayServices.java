package city.relais.connectors.sim.modbus;

import city.relais.config.device.ModbusProfile;
import city.relais.config.device.ModbusRegisters;
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
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway's holding registers: each lamp's registers at its address plus the profile's offsets; any other
 * register answers {@code ILLEGAL_DATA_ADDRESS}, a value out of range {@code ILLEGAL_DATA_VALUE}, another unit id
 * no answer at all (as a TCP gateway does). Other function codes answer {@code ILLEGAL_FUNCTION}.
 */
final class GatewayServices implements ModbusServices {

    private record Slot(GatewayLamp lamp, GatewayLamp.Field field) {
    }

    private final int unitId;
    private final Map<Integer, Slot> slots = new HashMap<>();

    GatewayServices(ModbusProfile profile, Map<Integer, GatewayLamp> lampsByAddress) {
        this.unitId = profile.unitId();
        ModbusRegisters r = profile.registers();
        lampsByAddress.forEach((address, lamp) -> {
            slots.put(address + r.level(), new Slot(lamp, GatewayLamp.Field.LEVEL));
            put(address, r.actualLevel(), lamp, GatewayLamp.Field.ACTUAL_LEVEL);
            put(address, r.status(), lamp, GatewayLamp.Field.STATUS);
            put(address, r.failureLevel(), lamp, GatewayLamp.Field.FAILURE_LEVEL);
            put(address, r.powerOnLevel(), lamp, GatewayLamp.Field.POWER_ON_LEVEL);
            put(address, r.ramp(), lamp, GatewayLamp.Field.RAMP);
            put(address, r.lease(), lamp, GatewayLamp.Field.LEASE);
        });
    }

    private void put(int address, Integer offset, GatewayLamp lamp, GatewayLamp.Field field) {
        if (offset != null) {
            slots.put(address + offset, new Slot(lamp, field));
        }
    }

    @Override
    public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unit,
                                                             ReadHoldingRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        ByteBuffer values = ByteBuffer.allocate(request.quantity() * 2);
        for (int i = 0; i < request.quantity(); i++) {
            Slot slot = slot(FunctionCode.READ_HOLDING_REGISTERS, request.address() + i);
            values.putShort((short) slot.lamp().read(slot.field()));
        }
        return new ReadHoldingRegistersResponse(values.array());
    }

    @Override
    public WriteSingleRegisterResponse writeSingleRegister(ModbusRequestContext context, int unit,
                                                           WriteSingleRegisterRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        write(FunctionCode.WRITE_SINGLE_REGISTER, request.address(), request.value());
        return new WriteSingleRegisterResponse(request.address(), request.value());
    }

    @Override
    public WriteMultipleRegistersResponse writeMultipleRegisters(ModbusRequestContext context, int unit,
                                                                 WriteMultipleRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unit);
        ByteBuffer values = ByteBuffer.wrap(request.values());
        for (int i = 0; i < request.quantity(); i++) {
            write(FunctionCode.WRITE_MULTIPLE_REGISTERS, request.address() + i, values.getShort() & 0xFFFF);
        }
        return new WriteMultipleRegistersResponse(request.address(), request.quantity());
    }

    private void write(FunctionCode function, int address, int value) throws ModbusResponseException {
        Slot slot = slot(function, address);
        if (!slot.lamp().write(slot.field(), value)) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
        }
    }

    private Slot slot(FunctionCode function, int address) throws ModbusResponseException {
        Slot slot = slots.get(address);
        if (slot == null) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        return slot;
    }

    private void checkUnit(int unit) throws UnknownUnitIdException {
        if (unit != unitId) {
            throw new UnknownUnitIdException(unit);
        }
    }
}
