package city.relais.vision.scenario;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One generated scenario: writes a clip and its {@code NAME.scenario.yaml} (the camera with its zones, lines and
 * skills, optional signal timeline, and the expected events) into a folder. Recipes are deterministic: the same
 * recipe writes the same clip and annotation every time. See {@code vision/SCENARIOS.md} for the file format.
 */
public interface ScenarioRecipe {

    /** File-name stem of the scenario, {@code [a-z0-9-]+}, unique in a suite. */
    String name();

    /** The skill it exercises, as named in the city file (e.g. {@code bin}, {@code loitering}). */
    String skill();

    /** True for a hard negative: no event of the skill is expected. */
    boolean negative();

    /**
     * Writes {@code name().scenario.yaml} and its clip into {@code folder}.
     *
     * @param shared the shared data folder (real clips for composites), or null when absent: recipes that need it
     *               throw {@link IllegalStateException} naming the missing file
     */
    void write(Path folder, Path shared) throws IOException;
}
