package city.relais.config.device;

import java.time.Duration;
import java.util.Objects;

/**
 * The register map and link settings of a Modbus TCP street-lighting gateway (a DALI gateway, or a controller with
 * a level register and a status register). Written under {@code modbus-profiles}, or built in
 * ({@code dali-gateway}, {@code generic-level-status}); a modbus street-lights device names one as its
 * {@code profile}.
 *
 * @param id           the profile's name
 * @param unitId       Modbus unit id (0..255)
 * @param timeout      wait for each response
 * @param retries      extra attempts after a timeout or a lost connection
 * @param levelScale   how a level is encoded in the registers
 * @param registers    register offsets of one lamp
 * @param rampUnit     unit of the {@code ramp} register
 * @param leaseUnit    unit of the {@code lease} register
 * @param releaseLevel percent written on release by a profile without a lease register
 * @param builtIn      true for the profiles that ship with Relais
 */
public record ModbusProfile(String id, int unitId, Duration timeout, int retries, LevelScale levelScale,
                            ModbusRegisters registers, Duration rampUnit, Duration leaseUnit, double releaseLevel,
                            boolean builtIn) {

    public static final int DEFAULT_UNIT_ID = 1;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_RAMP_UNIT = Duration.ofMillis(100);
    public static final Duration DEFAULT_LEASE_UNIT = Duration.ofSeconds(1);
    public static final double DEFAULT_RELEASE_LEVEL = 100;

    public ModbusProfile {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(levelScale, "levelScale");
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(rampUnit, "rampUnit");
        Objects.requireNonNull(leaseUnit, "leaseUnit");
    }
}
