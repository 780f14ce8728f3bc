package city.relais.vision.scenario;

import city.relais.config.camera.Camera;
import city.relais.config.skill.SkillConfig;
import city.relais.event.CityEvent;
import city.relais.models.ModelRegistry;
import city.relais.vision.pipeline.CameraPipelines;
import city.relais.vision.pipeline.CameraPipelines.CameraPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SkillRunner;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs every {@code *.scenario.yaml} of a folder through the detection core and the camera's skills, and matches the
 * emitted events with the expected ones (rules in {@code vision/SCENARIOS.md}): per-skill true positives, false
 * positives, misses and detection latency.
 */
public final class ScenarioEvaluator {

    /** Event types that report a return to normal or a level: never counted as false alarms in a hard negative. */
    static final Set<String> NOT_ALARMS = Set.of("zone.empty", "emergency.cleared", "bin.level", "bin.cleared",
            "dump.removed", "demand.cleared");

    private final ModelRegistry models;

    public ScenarioEvaluator(ModelRegistry models) {
        this.models = models;
    }

    /** An event a skill emitted, at clip time {@code t}. */
    public record Emitted(String skill, String type, String zone, double t, String explanation) {
    }

    /** The outcome of one scenario. */
    public record Outcome(String scenario, List<String> skills, int expected, int matched, int falseAlarms,
                          List<Emitted> emitted, double seconds) {
    }

    /** The whole run: per-skill scores (by skill name, sorted) and each scenario's outcome. */
    public record Report(Map<String, SkillScore> skills, List<Outcome> outcomes) {

        /** {@code {"skills": {"<skill>": {"precision": P, "recall": R, "tp": n, "fp": n, "fn": n, "latency_p50_s": s}}}} */
        public String json() {
            StringBuilder b = new StringBuilder("{\"skills\": {");
            boolean first = true;
            for (Map.Entry<String, SkillScore> e : skills.entrySet()) {
                SkillScore s = e.getValue();
                b.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": {")
                        .append(String.format(Locale.ROOT, "\"precision\": %.4f, \"recall\": %.4f, \"tp\": %d, "
                                + "\"fp\": %d, \"fn\": %d, \"latency_p50_s\": %s}", s.precision(), s.recall(), s.tp(),
                                s.fp(), s.fn(), Double.isNaN(s.latencyP50()) ? "null"
                                        : String.format(Locale.ROOT, "%.2f", s.latencyP50())));
                first = false;
            }
            return b.append("}}").toString();
        }

        /** The per-skill table. */
        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %7s %4s %4s %4s %14s%n",
                    "skill", "precision", "recall", "tp", "fp", "fn", "latency p50 s"));
            skills.forEach((name, s) -> b.append(String.format(Locale.ROOT, "%-20s %9.3f %7.3f %4d %4d %4d %14s%n",
                    name, s.precision(), s.recall(), s.tp(), s.fp(), s.fn(),
                    Double.isNaN(s.latencyP50()) ? "-" : String.format(Locale.ROOT, "%.2f", s.latencyP50()))));
            return b.toString();
        }
    }

    /** The scenario files of a folder, sorted by name. */
    public static List<Path> scenarioFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("scenario folder " + folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> out = files.filter(p -> p.getFileName().toString().endsWith(".scenario.yaml")).sorted()
                    .toList();
            if (out.isEmpty()) {
                throw new IOException("no *.scenario.yaml in " + folder);
            }
            return out;
        }
    }

    /**
     * Evaluates every scenario of {@code folder}.
     *
     * @param progress one line per scenario, or null
     */
    public Report evaluate(Path folder, PrintStream progress) throws IOException {
        Map<String, SkillScore> scores = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : scenarioFiles(folder)) {
            ScenarioFile scenario = ScenarioFile.read(file);
            Outcome o = evaluate(scenario, scores);
            outcomes.add(o);
            if (progress != null) {
                progress.printf(Locale.ROOT, "%-32s %-20s expected %d matched %d false %d  (%d events, %.1f s)%n",
                        o.scenario(), String.join(",", o.skills()), o.expected(), o.matched(), o.falseAlarms(),
                        o.emitted().size(), o.seconds());
            }
        }
        return new Report(scores, outcomes);
    }

    /** Runs one scenario and adds its counts to {@code scores}. */
    public Outcome evaluate(ScenarioFile scenario, Map<String, SkillScore> scores) {
        long start = System.nanoTime();
        Camera camera = scenario.camera();
        List<Emitted> emitted = run(scenario);
        List<String> skillNames = new ArrayList<>();
        int matched = 0;
        int falseAlarms = 0;
        Set<String> expectedTypes = new java.util.HashSet<>();
        scenario.expected().forEach(e -> expectedTypes.add(e.type()));
        boolean[] used = new boolean[emitted.size()];
        for (SkillConfig config : camera.skills()) {
            SkillScore score = scores.computeIfAbsent(config.name(), k -> new SkillScore());
            skillNames.add(config.name());
            List<ExpectedEvent> mine = scenario.expected().stream().filter(e -> config.events().contains(e.type()))
                    .sorted((a, b) -> Double.compare(a.at(), b.at())).toList();
            for (ExpectedEvent e : mine) {
                int hit = -1;
                for (int i = 0; i < emitted.size(); i++) {
                    Emitted em = emitted.get(i);
                    if (!used[i] && em.skill().equals(config.name()) && e.matches(em.type(), em.zone(), em.t())) {
                        hit = i;
                        break;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    score.hit(emitted.get(hit).t() - e.at());
                    matched++;
                } else {
                    score.miss();
                }
            }
            for (int i = 0; i < emitted.size(); i++) {
                Emitted em = emitted.get(i);
                if (used[i] || !em.skill().equals(config.name())) {
                    continue;
                }
                boolean counted = scenario.expected().isEmpty() ? !NOT_ALARMS.contains(em.type())
                        : expectedTypes.contains(em.type());
                if (counted) {
                    score.falseAlarm();
                    falseAlarms++;
                }
            }
        }
        return new Outcome(scenario.name(), skillNames, scenario.expected().size(), matched, falseAlarms, emitted,
                (System.nanoTime() - start) / 1e9);
    }

    /** Every event the camera's skills emit on the scenario's clip. */
    public List<Emitted> run(ScenarioFile scenario) {
        Camera camera = scenario.camera();
        SkillRunner runner = SkillRunner.forCamera(camera, Evidence.NONE);
        List<Emitted> out = new ArrayList<>();
        try (CameraPipeline pipeline = CameraPipelines.open(camera, models);
             FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(scenario.clip().toString())
                     .withAnalysisFps(camera.analysisFps()))) {
            DecodedFrame frame;
            while ((frame = decoder.next()) != null) {
                FrameResult result = pipeline.pipeline().process(frame.index(), frame.time(), frame.image());
                Instant at = scenario.at(frame.time());
                for (CityEvent e : runner.observe(result, frame.image(), at, scenario.signalsAt(frame.time()))) {
                    out.add(new Emitted(skillOf(camera, e.type().wireName()), e.type().wireName(), e.zone(),
                            frame.time(), e.explanation()));
                }
            }
        }
        return out;
    }

    private static String skillOf(Camera camera, String type) {
        for (SkillConfig c : camera.skills()) {
            if (c.events().contains(type)) {
                return c.name();
            }
        }
        return "?";
    }
}
