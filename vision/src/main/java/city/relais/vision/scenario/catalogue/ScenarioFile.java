package city.relais.vision.scenario.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code NAME.scenario.yaml} in the format of {@code vision/SCENARIOS.md}. */
final class ScenarioFile {

    private ScenarioFile() {
    }

    /**
     * @param camera  the camera block, lines indented by two spaces under {@code camera:}
     * @param signals the signals block (lines under {@code signals:}), or null
     * @param start   wall-clock time of the clip's first frame (ISO-8601), or null for the default
     */
    static void write(Path folder, String name, String clip, String comment, String camera, String signals,
                      String start, List<Expected> expected) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(comment).append('\n');
        y.append("clip: ").append(clip).append('\n');
        if (start != null) {
            y.append("start: ").append(start).append('\n');
        }
        y.append("camera:\n").append(camera.stripTrailing()).append('\n');
        if (signals != null) {
            y.append("signals:\n").append(signals.stripTrailing()).append('\n');
        }
        if (expected.isEmpty()) {
            y.append("expected: []\n");
        } else {
            y.append("expected:\n");
            expected.forEach(e -> y.append(e.yaml()).append('\n'));
        }
        Files.writeString(folder.resolve(name + ".scenario.yaml"), y.toString());
    }
}
