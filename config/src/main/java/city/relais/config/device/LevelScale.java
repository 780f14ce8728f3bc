package city.relais.config.device;

import city.relais.config.WireNamed;

/**
 * How a Modbus profile writes a level (percent of full output) into a register.
 * <ul>
 *   <li>{@code percent}: the whole percent, 0..100;</li>
 *   <li>{@code dali-log}: a DALI arc power level 0..254 on the standard logarithmic dimming curve
 *       (IEC 62386-102: arc n gives 10^((n-1)/(253/3) - 1) % for n = 1..254, 0 is off);</li>
 *   <li>{@code dali-linear}: a DALI arc power level 0..254 proportional to the percent (gear set to the linear
 *       curve).</li>
 * </ul>
 */
public enum LevelScale implements WireNamed {
    PERCENT("percent"), DALI_LOG("dali-log"), DALI_LINEAR("dali-linear");

    private final String wireName;

    LevelScale(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** True for the DALI arc scales, whose status register holds the DALI status byte. */
    public boolean dali() {
        return this != PERCENT;
    }
}
