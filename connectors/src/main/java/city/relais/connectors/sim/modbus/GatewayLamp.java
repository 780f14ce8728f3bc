package city.relais.connectors.sim.modbus;

import city.relais.config.device.ModbusProfile;
import city.relais.connectors.modbus.LampStatus;
import city.relais.connectors.modbus.LevelCodec;
import city.relais.connectors.sim.SimulatedLamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One lamp behind the simulated gateway and what each of its registers does: the level write commands the lamp with
 * the ramp and lease registers written before it (a profile without lease register holds the level until the next
 * write; with one, a level written without a lease gets {@link #DEFAULT_LEASE}), lease 0 releases, the failure level
 * is the gear's system-failure level.
 */
final class GatewayLamp {

    static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final SimulatedLamp lamp;
    private final ModbusProfile profile;
    private final Clock clock;
    private int rampUnits;
    private int leaseUnits;
    private int powerOnLevel;

    GatewayLamp(SimulatedLamp lamp, ModbusProfile profile, Clock clock) {
        this.lamp = lamp;
        this.profile = profile;
        this.clock = clock;
        this.powerOnLevel = LevelCodec.max(profile.levelScale());
    }

    SimulatedLamp lamp() {
        return lamp;
    }

    synchronized int read(Field field) {
        return switch (field) {
            case LEVEL -> encode(lamp.targetLevel());
            case ACTUAL_LEVEL -> encode(lamp.actualLevel());
            case STATUS -> status();
            case FAILURE_LEVEL -> encode(lamp.failureLevel());
            case POWER_ON_LEVEL -> powerOnLevel;
            case RAMP -> rampUnits;
            case LEASE -> leaseLeft();
        };
    }

    /** Applies a write; false when the value is out of range for the register. */
    synchronized boolean write(Field field, int value) {
        switch (field) {
            case LEVEL -> {
                if (value > LevelCodec.max(profile.levelScale())) {
                    return false;
                }
                lamp.command(decode(value), profile.rampUnit().multipliedBy(rampUnits), leaseEnd());
            }
            case FAILURE_LEVEL, POWER_ON_LEVEL -> {
                if (value > LevelCodec.max(profile.levelScale())) {
                    return false;
                }
                if (field == Field.FAILURE_LEVEL) {
                    lamp.setFailureLevel(decode(value));
                } else {
                    powerOnLevel = value;
                }
            }
            case RAMP -> rampUnits = value;
            case LEASE -> writeLease(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void writeLease(int value) {
        leaseUnits = value;
        if (value == 0) {
            lamp.release();
        } else {
            lamp.renew(clock.instant().plus(profile.leaseUnit().multipliedBy(value)));
        }
    }

    private Instant leaseEnd() {
        if (profile.registers().lease() == null) {
            return Instant.MAX;
        }
        Duration lease = leaseUnits > 0 ? profile.leaseUnit().multipliedBy(leaseUnits) : DEFAULT_LEASE;
        return clock.instant().plus(lease);
    }

    private int leaseLeft() {
        Instant expiry = lamp.leaseExpiry();
        if (expiry == null || expiry.equals(Instant.MAX)) {
            return 0;
        }
        long left = Duration.between(clock.instant(), expiry).toNanos();
        long unit = profile.leaseUnit().toNanos();
        return (int) Math.min(0xFFFF, Math.max(0, (left + unit - 1) / unit));
    }

    private int status() {
        if (!profile.levelScale().dali()) {
            return lamp.failed() ? 1 : 0;
        }
        double actual = lamp.actualLevel();
        int status = actual > 0 ? LampStatus.LAMP_ON : 0;
        status |= actual != lamp.targetLevel() ? LampStatus.FADE_RUNNING : 0;
        return status | (lamp.failed() ? LampStatus.LAMP_FAILURE : 0);
    }

    private int encode(double percent) {
        return LevelCodec.toRegister(percent, profile.levelScale());
    }

    private double decode(int register) {
        return LevelCodec.toPercent(register, profile.levelScale());
    }

    /** The registers of a lamp, as the profile's keys name them. */
    enum Field { LEVEL, ACTUAL_LEVEL, STATUS, FAILURE_LEVEL, POWER_ON_LEVEL, RAMP, LEASE }
}
