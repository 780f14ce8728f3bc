package city.relais.connectors.modbus;

import city.relais.config.device.LevelScale;

import java.util.ArrayList;
import java.util.List;

/**
 * The status register in words. With a DALI scale it holds the DALI status byte: bit 0 control gear failure, bit 1
 * lamp failure, bit 2 lamp arc power on, bit 4 fade running, bit 7 power failure; the failures give the status text,
 * the rest is normal operation ({@code OK}). With the percent scale, 0 is {@code OK} and anything else a fault code.
 */
public final class LampStatus {

    public static final int CONTROL_GEAR_FAILURE = 1;
    public static final int LAMP_FAILURE = 1 << 1;
    public static final int LAMP_ON = 1 << 2;
    public static final int FADE_RUNNING = 1 << 4;
    public static final int POWER_FAILURE = 1 << 7;

    private LampStatus() {
    }

    public static String describe(int register, LevelScale scale) {
        if (!scale.dali()) {
            return register == 0 ? "OK" : "FAULT " + register;
        }
        List<String> failures = new ArrayList<>();
        if ((register & CONTROL_GEAR_FAILURE) != 0) {
            failures.add("CONTROL_GEAR_FAILURE");
        }
        if ((register & LAMP_FAILURE) != 0) {
            failures.add("LAMP_FAILURE");
        }
        if ((register & POWER_FAILURE) != 0) {
            failures.add("POWER_FAILURE");
        }
        return failures.isEmpty() ? "OK" : String.join(",", failures);
    }
}
