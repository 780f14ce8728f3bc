package city.relais.hub.cameras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.config.camera.Camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Which camera sources the hub plays from generated scenario clips, and what it says when it cannot. */
class ScenarioClipsTest {

    @TempDir
    Path folder;

    private static Camera camera(String id) throws Exception {
        CityConfig city = CityConfigLoader.loadResource("examples/demo-city.yaml");
        return city.camera(id).orElseThrow();
    }

    private static Camera withSource(Camera c, String source) {
        return new Camera(c.id(), source, c.analysisFps(), c.location(), c.masks(), c.calibration(), c.zones(),
                c.lines(), c.skills(), c.detection());
    }

    @Test
    void a_demo_name_of_the_suite_is_analysed_another_is_not_and_a_file_is_opened_as_written() throws Exception {
        ScenarioClips clips = new ScenarioClips(folder, null);
        Camera bin = camera("bin-corner");

        assertThat(clips.analyses(bin)).isTrue();
        assertThat(clips.analyses(withSource(bin, "demo:bin-row"))).isFalse();
        assertThat(clips.resolve(withSource(bin, "demo:bin-row"))).isNull();
        assertThat(clips.resolve(withSource(bin, "/video/bin.mp4"))).isEqualTo("/video/bin.mp4");
        assertThat(ScenarioClips.scenarioOf("demo:emergency-blue-2hz")).get()
                .satisfies(r -> assertThat(r.skill()).isEqualTo("emergency-vehicle"));
    }

    @Test
    void without_the_shared_footage_a_scenario_camera_names_what_is_missing() throws Exception {
        ScenarioClips clips = new ScenarioClips(folder, null);

        assertThatThrownBy(() -> clips.resolve(camera("square")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("camera square: source demo:dump-boxes-day is a scenario clip composed on the shared "
                        + "footage, and no shared folder was found: set RELAIS_SHARED to the folder holding clips/ "
                        + "and models/ (default ../shared)");
    }
}
