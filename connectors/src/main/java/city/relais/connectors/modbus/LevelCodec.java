package city.relais.connectors.modbus;

import city.relais.config.device.LevelScale;

/**
 * Percent of full output to and from a register value, per {@link LevelScale}. The DALI logarithmic curve
 * (IEC 62386-102) gives arc level n (1..254) the output 10^((n-1)/(253/3) - 1) %: 1 is 0.1 %, 254 is 100 %, each step
 * about 2.8 % more light than the one below; 0 is off. A percent is written as the nearest arc level, and any
 * level above 0 as at least arc 1, so a dimmed lamp is never switched off by rounding.
 */
public final class LevelCodec {

    public static final int DALI_MAX_ARC = 254;
    private static final double STEPS_PER_DECADE = 253.0 / 3.0;

    private LevelCodec() {
    }

    /** The register value for a percent (0..100). */
    public static int toRegister(double percent, LevelScale scale) {
        if (percent <= 0) {
            return 0;
        }
        return switch (scale) {
            case PERCENT -> (int) Math.min(100, Math.max(1, Math.round(percent)));
            case DALI_LINEAR -> (int) Math.min(DALI_MAX_ARC, Math.max(1, Math.round(percent * DALI_MAX_ARC / 100)));
            case DALI_LOG -> (int) Math.min(DALI_MAX_ARC, Math.max(1,
                    Math.round(1 + STEPS_PER_DECADE * (Math.log10(percent) + 1))));
        };
    }

    /** The percent a register value stands for. */
    public static double toPercent(int register, LevelScale scale) {
        if (register <= 0) {
            return 0;
        }
        return switch (scale) {
            case PERCENT -> register;
            case DALI_LINEAR -> register * 100.0 / DALI_MAX_ARC;
            case DALI_LOG -> Math.pow(10, (register - 1) / STEPS_PER_DECADE - 1);
        };
    }

    /** The largest value a level register accepts. */
    public static int max(LevelScale scale) {
        return scale == LevelScale.PERCENT ? 100 : DALI_MAX_ARC;
    }

    /** The level a lamp ends up at when {@code percent} is written (the scale's resolution). */
    public static double onDevice(double percent, LevelScale scale) {
        return toPercent(toRegister(percent, scale), scale);
    }
}
