package city.relais.connectors.modbus;

import city.relais.config.device.Lamp;
import city.relais.config.device.ModbusProfile;
import city.relais.config.device.ModbusRegisters;
import city.relais.config.device.Protocol;
import city.relais.config.device.StreetLights;
import city.relais.connectors.lighting.CommandAck;
import city.relais.connectors.lighting.DeviceException;
import city.relais.connectors.lighting.IdempotencyMemory;
import city.relais.connectors.lighting.LampState;
import city.relais.connectors.lighting.LevelCommand;
import city.relais.connectors.lighting.LightingController;
import city.relais.connectors.lighting.ReleaseCommand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Street lights behind a Modbus TCP gateway, driven by a register-map profile from the city file (e.g. the built-in
 * {@code dali-gateway}). For each lamp, at its {@code address} plus the profile's offsets: the ramp and lease
 * registers (when the profile has them) are written before the level. Release writes 0 to the lease register, or the
 * profile's release level when there is none (the hub then renews and ends leases itself). Retries of an applied
 * command are answered from memory, marked duplicate.
 */
public final class ModbusLightingController implements LightingController {

    private static final int MAX_REGISTER_VALUE = 0xFFFF;

    private final StreetLights device;
    private final ModbusProfile profile;
    private final ModbusRegisters registers;
    private final Map<String, Integer> addresses = new LinkedHashMap<>();
    private final ModbusLink link;
    private final Clock clock;
    private final IdempotencyMemory memory = new IdempotencyMemory();

    public ModbusLightingController(StreetLights device, ModbusProfile profile) {
        this(device, profile, Clock.systemUTC());
    }

    public ModbusLightingController(StreetLights device, ModbusProfile profile, Clock clock) {
        if (device.protocol() != Protocol.MODBUS || device.address() == null) {
            throw new IllegalArgumentException(device.id() + " is not a Modbus street-lights device");
        }
        this.device = device;
        this.profile = profile;
        this.registers = profile.registers();
        this.clock = clock;
        for (Map.Entry<String, Lamp> lamp : device.lamps().entrySet()) {
            addresses.put(lamp.getKey(), Integer.parseInt(lamp.getValue().address()));
        }
        this.link = new ModbusLink(device.id(), device.address(), profile);
    }

    @Override
    public String deviceId() {
        return device.id();
    }

    public ModbusProfile profile() {
        return profile;
    }

    /** Synchronized: the ramp, lease and level writes of one command must not interleave with another's. */
    @Override
    public synchronized CommandAck setLevel(LevelCommand command) throws DeviceException {
        Optional<CommandAck> replay = memory.replay(command.idempotencyKey());
        if (replay.isPresent()) {
            return replay.get();
        }
        for (String lamp : command.lamps()) {
            int base = address(lamp);
            if (registers.ramp() != null) {
                link.write(lamp + ": write ramp", base + registers.ramp(), units(command.ramp(), profile.rampUnit()));
            }
            if (registers.lease() != null) {
                Duration left = Duration.between(clock.instant(), command.leaseExpiry());
                link.write(lamp + ": write lease", base + registers.lease(),
                        Math.max(1, units(left, profile.leaseUnit())));
            }
            link.write(lamp + ": write level", base + registers.level(),
                    LevelCodec.toRegister(command.levelPercent(), profile.levelScale()));
        }
        return memory.remember(new CommandAck(command.idempotencyKey(), "OK", false));
    }

    @Override
    public synchronized CommandAck release(ReleaseCommand command) throws DeviceException {
        Optional<CommandAck> replay = memory.replay(command.idempotencyKey());
        if (replay.isPresent()) {
            return replay.get();
        }
        for (String lamp : command.lamps()) {
            int base = address(lamp);
            if (registers.lease() != null) {
                link.write(lamp + ": end lease", base + registers.lease(), 0);
            } else {
                link.write(lamp + ": write release level", base + registers.level(),
                        LevelCodec.toRegister(profile.releaseLevel(), profile.levelScale()));
            }
        }
        return memory.remember(new CommandAck(command.idempotencyKey(), "OK", false));
    }

    @Override
    public List<LampState> read(List<String> lamps) throws DeviceException {
        List<LampState> states = new ArrayList<>();
        for (String lamp : lamps) {
            int base = address(lamp);
            double commanded = percent(link.read(lamp + ": read level", base + registers.level()));
            double actual = registers.actualLevel() == null ? commanded
                    : percent(link.read(lamp + ": read actual level", base + registers.actualLevel()));
            String status = registers.status() == null ? "OK" : LampStatus.describe(
                    link.read(lamp + ": read status", base + registers.status()), profile.levelScale());
            states.add(new LampState(lamp, actual, commanded, leaseExpiry(lamp, base), status));
        }
        return states;
    }

    /** Sets the gear's system-failure and power-on levels (DALI gateways keep them in the gear). */
    public synchronized void setGearLevels(String lamp, double failurePercent, double powerOnPercent) throws DeviceException {
        int base = address(lamp);
        if (registers.failureLevel() == null || registers.powerOnLevel() == null) {
            throw new DeviceException(device.id(), null, false, "profile " + profile.id()
                    + " has no failure-level and power-on-level registers", null);
        }
        link.write(lamp + ": write failure level", base + registers.failureLevel(),
                LevelCodec.toRegister(failurePercent, profile.levelScale()));
        link.write(lamp + ": write power-on level", base + registers.powerOnLevel(),
                LevelCodec.toRegister(powerOnPercent, profile.levelScale()));
    }

    private Instant leaseExpiry(String lamp, int base) throws DeviceException {
        if (registers.lease() == null) {
            return null;
        }
        int left = link.read(lamp + ": read lease", base + registers.lease());
        return left == 0 ? null : clock.instant().plus(profile.leaseUnit().multipliedBy(left));
    }

    private double percent(int register) {
        return LevelCodec.toPercent(register, profile.levelScale());
    }

    private int address(String lamp) throws DeviceException {
        Integer address = addresses.get(lamp);
        if (address == null) {
            throw new DeviceException(device.id(), null, false, "no lamp " + lamp + " on this device (lamps: "
                    + String.join(", ", addresses.keySet()) + ")", null);
        }
        return address;
    }

    /** A duration in whole register units, rounded up, at most 65535. */
    private static int units(Duration duration, Duration unit) {
        if (duration.isNegative() || duration.isZero()) {
            return 0;
        }
        long units = (duration.toNanos() + unit.toNanos() - 1) / unit.toNanos();
        return (int) Math.min(MAX_REGISTER_VALUE, units);
    }

    @Override
    public void close() {
        link.close();
    }
}
