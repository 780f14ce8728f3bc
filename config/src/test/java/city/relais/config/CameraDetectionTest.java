package city.relais.config;

import static city.relais.config.Cities.printed;
import static org.assertj.core.api.Assertions.assertThat;

import city.relais.config.camera.DetectionSettings;

import org.junit.jupiter.api.Test;

/** A camera's detector and motion gating are configuration. */
class CameraDetectionTest {

    @Test
    void defaults_to_yolox_nano_with_motion_gating() throws Exception {
        assertThat(Cities.load(Cities.VALID).camera("street").orElseThrow().detection())
                .isEqualTo(DetectionSettings.DEFAULTS);
    }

    @Test
    void binds_the_model_and_gating_of_a_camera() throws Exception {
        String yaml = Cities.VALID.replace("    source: demo:street\n", "    source: demo:street\n"
                + "    detection: {model: picodet-s, min-score: 0.2, motion-gating: false, keyframe-every: 3}\n");
        assertThat(Cities.load(yaml).camera("street").orElseThrow().detection())
                .isEqualTo(new DetectionSettings("picodet-s", 0.2, false, 3));
    }

    @Test
    void refuses_an_out_of_range_score_and_an_unknown_key_with_their_lines() {
        String yaml = Cities.VALID.replace("    source: demo:street\n", "    source: demo:street\n"
                + "    detection:\n      min-score: 1.5\n      gating: off\n");
        assertThat(printed(yaml)).containsExactly(
                "city.yaml:5: cameras[0].detection.min-score: 1.5 is above 1",
                "city.yaml:6: cameras[0].detection.gating: unknown key (expected one of: model, min-score, "
                        + "motion-gating, keyframe-every)");
    }
}
