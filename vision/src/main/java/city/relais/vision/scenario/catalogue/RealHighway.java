package city.relais.vision.scenario.catalogue;

import city.relais.vision.scenario.ScenarioRecipe;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A hard negative on the real highway footage as it is, no composite: the first {@code seconds} of
 * {@code highway-320x240.avi}, where every vehicle on the right-hand carriageway drives up the image, the right way.
 */
final class RealHighway implements ScenarioRecipe {

    private final String name;
    private final String skill;
    private final String comment;
    private final String camera;
    private final double seconds;

    RealHighway(String name, String skill, String comment, String camera, double seconds) {
        this.name = name;
        this.skill = skill;
        this.comment = comment;
        this.camera = camera;
        this.seconds = seconds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String skill() {
        return skill;
    }

    @Override
    public boolean negative() {
        return true;
    }

    @Override
    public void write(Path folder, Path shared) throws IOException {
        int n = (int) Math.round(seconds * 25);
        List<Mat> frames = Footage.frames(Footage.clip(shared, HighwayDrive.CLIP), 0, n - 1);
        String clip = name + ".avi";
        try (ClipOut out = new ClipOut(folder.resolve(clip), frames.get(0).cols(), frames.get(0).rows(), 25)) {
            for (Mat f : frames) {
                out.write(f);
            }
        } finally {
            frames.forEach(Mat::close);
        }
        ScenarioFile.write(folder, name, clip, comment, camera, null, null, List.of());
    }
}
