package city.relais.vision.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.relais.config.skill.EmergencyVehicleSkill;
import city.relais.vision.skill.SignalState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Files.write(dir.resolve("clip.avi"), new byte[] {1});
        Path file = dir.resolve(name + ".scenario.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void a_scenario_file_gives_its_camera_signals_and_expected_events() throws IOException {
        ScenarioFile s = ScenarioFile.read(write("em-1", """
                clip: clip.avi
                camera:
                  id: em-cam
                  analysis-fps: 10
                  zones:
                    approach: [[0.1, 0.3], [0.9, 0.3], [0.9, 1.0], [0.1, 1.0]]
                  lines:
                    stop: {points: [[0.1, 0.4], [0.9, 0.4]], direction: up}
                  skills:
                    - emergency-vehicle: {zone: approach, stop-line: stop, approach: N}
                signals:
                  N: [[0, red], [12.5, green]]
                expected:
                  - {type: emergency.approaching, zone: approach, at: 3.0, tolerance: 2.5}
                """));
        assertThat(s.name()).isEqualTo("em-1");
        assertThat(s.camera().id()).isEqualTo("em-cam");
        assertThat(s.camera().analysisFps()).isEqualTo(10.0);
        assertThat(s.camera().skills()).singleElement().isInstanceOf(EmergencyVehicleSkill.class);
        assertThat(s.signalsAt(0).of("N")).isEqualTo(SignalState.RED);
        assertThat(s.signalsAt(12.5).of("N")).isEqualTo(SignalState.GREEN);
        assertThat(s.signalsAt(5).of("S")).isEqualTo(SignalState.UNKNOWN);
        assertThat(s.expected()).containsExactly(new ExpectedEvent("emergency.approaching", "approach", 3.0, 2.5));
        ExpectedEvent e = s.expected().get(0);
        assertThat(e.matches("emergency.approaching", "approach", 2.0)).isTrue();
        assertThat(e.matches("emergency.approaching", "approach", 1.9)).isFalse();
        assertThat(e.matches("emergency.approaching", "approach", 5.5)).isTrue();
        assertThat(e.matches("emergency.approaching", "approach", 5.6)).isFalse();
        assertThat(e.matches("emergency.cleared", "approach", 3.0)).isFalse();
    }

    @Test
    void bad_files_are_refused_naming_the_file_and_key() throws IOException {
        assertThatThrownBy(() -> ScenarioFile.read(write("no-clip", "camera: {id: a}\nexpected: []\n")))
                .hasMessageContaining("no-clip.scenario.yaml: clip: required");
        assertThatThrownBy(() -> ScenarioFile.read(write("bad-zone", """
                clip: clip.avi
                camera:
                  id: a
                  zones: {z: [[0.1, 0.1], [0.2, 0.1], [0.2, 0.2]]}
                  skills:
                    - bin: {zone: nowhere}
                expected: []
                """))).hasMessageContaining("bad-zone.scenario.yaml: camera:").hasMessageContaining("nowhere");
        assertThatThrownBy(() -> ScenarioFile.read(write("bad-signal", """
                clip: clip.avi
                camera: {id: a}
                signals: {N: [[0, blue]]}
                expected: []
                """))).hasMessageContaining("signals.N: state 'blue' must be red, amber or green");
        assertThatThrownBy(() -> ScenarioFile.read(write("no-expected", "clip: clip.avi\ncamera: {id: a}\n")))
                .hasMessageContaining("expected: required");
    }
}
