package city.relais.vision.scenario.catalogue;

import city.relais.models.ObjectDetector;
import city.relais.models.SharedFolder;
import city.relais.vision.Shared;
import city.relais.vision.scenario.ScenarioRecipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes scenario recipes into a folder, runs each through the pipeline and its skill, and sums up per skill. Also a
 * command: {@code CatalogueSuite [all|fast] [FOLDER]} prints one line per scenario, then the per-skill table.
 */
final class CatalogueSuite {

    /** Totals of one skill. */
    static final class Tally {
        int tp;
        int fp;
        int fn;
        final List<Double> latencies = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double latencyP50() {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            List<Double> s = latencies.stream().sorted().toList();
            return s.get(s.size() / 2);
        }
    }

    private CatalogueSuite() {
    }

    static Map<String, Tally> evaluate(List<ScenarioRecipe> recipes, Path folder, List<String> log)
            throws Exception {
        Files.createDirectories(folder);
        Path shared = SharedFolder.require("clips").getParent();
        Map<String, Tally> bySkill = new TreeMap<>();
        try (ObjectDetector detector = Shared.yoloxNano(0.1)) {
            for (ScenarioRecipe r : recipes) {
                r.write(folder, shared);
                ScenarioRun.Outcome o = ScenarioRun.run(folder.resolve(r.name() + ".scenario.yaml"), detector);
                Tally t = bySkill.computeIfAbsent(r.skill(), k -> new Tally());
                t.tp += o.tp();
                t.fp += o.fp();
                t.fn += o.fn();
                t.latencies.addAll(o.latencies());
                log.add(String.format(Locale.ROOT, "%-34s %-17s tp %d fp %d fn %d  emitted %s", r.name(), r.skill(),
                        o.tp(), o.fp(), o.fn(), o.emitted().stream()
                                .map(g -> String.format(Locale.ROOT, "%s@%.1f#%s", g.event().type().wireName(),
                                        g.time(), g.event().trackId()))
                                .toList()));
            }
        }
        return bySkill;
    }

    static String table(Map<String, Tally> bySkill) {
        StringBuilder b = new StringBuilder("| skill | precision | recall | tp | fp | fn | latency p50 s |\n"
                + "|---|---|---|---|---|---|---|\n");
        bySkill.forEach((skill, t) -> b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d | %.1f |%n",
                skill, t.precision(), t.recall(), t.tp, t.fp, t.fn, t.latencyP50())));
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        List<ScenarioRecipe> recipes = args.length > 0 && args[0].equals("fast") ? CatalogueScenarios.fast()
                : CatalogueScenarios.all();
        if (args.length > 2) {
            List<String> only = List.of(args[2].split(","));
            recipes = recipes.stream().filter(r -> only.contains(r.skill()) || only.contains(r.name())).toList();
        }
        Path folder = Path.of(args.length > 1 ? args[1] : "target/catalogue-scenarios");
        List<String> log = new ArrayList<>();
        long t0 = System.nanoTime();
        Map<String, Tally> result;
        try {
            result = evaluate(recipes, folder, log);
        } catch (UncheckedIOException | IOException e) {
            throw e;
        }
        log.forEach(System.out::println);
        System.out.print(table(result));
        System.out.printf(Locale.ROOT, "%d scenarios in %.1f s%n", recipes.size(), (System.nanoTime() - t0) / 1e9);
    }
}
