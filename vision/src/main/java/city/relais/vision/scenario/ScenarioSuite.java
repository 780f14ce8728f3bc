package city.relais.vision.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import city.relais.vision.scenario.catalogue.CatalogueScenarios;

/**
 * The scenario suite: the headline skills (presence, emergency vehicle, bin, illegal dump), abandoned object
 * ({@link AbandonedScenarios}) and the rest of the catalogue ({@link CatalogueScenarios}), and the headline skills'
 * CI subset (abandoned object and the catalogue have their own tests).
 */
public final class ScenarioSuite {

    private ScenarioSuite() {
    }

    /** Every scenario of every skill, hard negatives included. */
    public static List<ScenarioRecipe> all() {
        List<ScenarioRecipe> all = new ArrayList<>(headline());
        all.addAll(AbandonedScenarios.all());
        all.addAll(CatalogueScenarios.all());
        return List.copyOf(all);
    }

    /** Every scenario of the four headline skills. */
    public static List<ScenarioRecipe> headline() {
        List<ScenarioRecipe> all = new ArrayList<>();
        all.addAll(PresenceScenarios.all());
        all.addAll(EmergencyScenarios.all());
        all.addAll(BinScenarios.all());
        all.addAll(DumpScenarios.all());
        return List.copyOf(all);
    }

    /** The CI subset: a few positives and hard negatives of each skill. */
    public static List<ScenarioRecipe> fast() {
        return headline().stream().filter(r -> r instanceof SceneRecipe s && s.fast()).toList();
    }

    /**
     * Writes the suite (or its fast subset) into {@code folder}.
     *
     * @param progress where one line per scenario goes, or null
     * @return the number of scenarios written
     */
    public static int generate(Path folder, Path shared, boolean fastOnly, PrintStream progress) throws IOException {
        List<ScenarioRecipe> recipes = fastOnly ? fast() : all();
        SceneSources sources = new SceneSources(shared);
        for (ScenarioRecipe r : recipes) {
            long start = System.nanoTime();
            if (r instanceof SceneRecipe s) {
                s.write(folder, sources);
            } else {
                r.write(folder, shared);
            }
            if (progress != null) {
                progress.printf("%-32s %-18s %s %.1f s%n", r.name(), r.skill(), r.negative() ? "negative" : "positive",
                        (System.nanoTime() - start) / 1e9);
            }
        }
        return recipes.size();
    }
}
