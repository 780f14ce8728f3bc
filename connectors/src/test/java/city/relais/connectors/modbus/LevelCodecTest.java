package city.relais.connectors.modbus;

import city.relais.config.device.LevelScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LevelCodecTest {

    @Test
    void every_dali_arc_level_survives_the_round_trip_through_percent() {
        for (int arc = 0; arc <= LevelCodec.DALI_MAX_ARC; arc++) {
            for (LevelScale scale : new LevelScale[]{LevelScale.DALI_LOG, LevelScale.DALI_LINEAR}) {
                assertThat(LevelCodec.toRegister(LevelCodec.toPercent(arc, scale), scale)).as("arc %d", arc)
                        .isEqualTo(arc);
            }
        }
    }

    @Test
    void the_logarithmic_curve_has_the_dali_anchor_points() {
        assertThat(LevelCodec.toPercent(254, LevelScale.DALI_LOG)).isCloseTo(100, within(1e-9));
        assertThat(LevelCodec.toPercent(1, LevelScale.DALI_LOG)).isCloseTo(0.1, within(1e-12));
        assertThat(LevelCodec.toPercent(170, LevelScale.DALI_LOG)).isCloseTo(10.09, within(0.01));
        assertThat(LevelCodec.toRegister(100, LevelScale.DALI_LOG)).isEqualTo(254);
        assertThat(LevelCodec.toRegister(20, LevelScale.DALI_LOG)).isEqualTo(195);
    }

    @Test
    void a_percent_comes_back_within_one_arc_step() {
        for (double percent = 0.1; percent <= 100; percent += 0.37) {
            double back = LevelCodec.onDevice(percent, LevelScale.DALI_LOG);
            assertThat(back / percent).as("%.2f %%", percent).isCloseTo(1.0, within(0.015));
        }
    }

    @Test
    void a_dimmed_lamp_is_never_switched_off_by_rounding() {
        assertThat(LevelCodec.toRegister(0.01, LevelScale.DALI_LOG)).isEqualTo(1);
        assertThat(LevelCodec.toRegister(0.1, LevelScale.DALI_LINEAR)).isEqualTo(1);
        assertThat(LevelCodec.toRegister(0.4, LevelScale.PERCENT)).isEqualTo(1);
        assertThat(LevelCodec.toRegister(0, LevelScale.DALI_LOG)).isZero();
    }

    @Test
    void describes_the_dali_status_byte() {
        assertThat(LampStatus.describe(LampStatus.LAMP_ON | LampStatus.FADE_RUNNING, LevelScale.DALI_LOG))
                .isEqualTo("OK");
        assertThat(LampStatus.describe(LampStatus.LAMP_FAILURE | LampStatus.CONTROL_GEAR_FAILURE,
                LevelScale.DALI_LOG)).isEqualTo("CONTROL_GEAR_FAILURE,LAMP_FAILURE");
        assertThat(LampStatus.describe(3, LevelScale.PERCENT)).isEqualTo("FAULT 3");
    }
}
