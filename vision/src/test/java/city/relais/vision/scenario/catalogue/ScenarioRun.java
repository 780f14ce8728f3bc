package city.relais.vision.scenario.catalogue;

import city.relais.vision.scenario.ScenarioFile;

import city.relais.config.CityConfig;
import city.relais.config.camera.Camera;
import city.relais.event.CityEvent;
import city.relais.models.ObjectDetector;
import city.relais.vision.geometry.PrivacyMask;
import city.relais.vision.pipeline.CameraPipelines;
import city.relais.vision.pipeline.DetectionPipeline;
import city.relais.vision.pipeline.FrameResult;
import city.relais.vision.skill.Evidence;
import city.relais.vision.skill.SceneFrame;
import city.relais.vision.skill.SignalState;
import city.relais.vision.skill.SignalStates;
import city.relais.vision.skill.Skill;
import city.relais.vision.skill.catalogue.CatalogueSkills;
import city.relais.vision.source.DecodedFrame;
import city.relais.vision.source.FrameDecoder;
import city.relais.vision.source.SourceSettings;
import city.relais.vision.track.Tracker;
import city.relais.vision.track.TrackerSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test helper until the evaluator exists on this branch: runs one scenario file (SCENARIOS.md) through the detection
 * pipeline and the camera's catalogue skills, and matches the emitted events with the expected ones.
 */
final class ScenarioRun {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** One expected event as read. */
    record Want(String type, String zone, double at, double tolerance) {
    }

    /** An emitted event and its clip time. */
    record Got(CityEvent event, double time) {
    }

    /** What one scenario gave. */
    record Outcome(String scenario, Set<String> skills, int tp, int fp, int fn, List<Double> latencies,
                   List<Got> emitted) {
    }

    private ScenarioRun() {
    }

    static Outcome run(Path scenario, ObjectDetector detector) throws Exception {
        JsonNode root = YAML.readTree(scenario.toFile());
        ScenarioFile file = ScenarioFile.read(scenario);
        Camera camera = file.camera();
        Instant start = file.start();
        TreeMap<Double, SignalState> signals = new TreeMap<>();
        String approach = signals(root, signals);
        List<Skill> skills = camera.skills().stream()
                .map(s -> CatalogueSkills.create(s, camera, Evidence.NONE)).toList();
        List<Got> emitted = new ArrayList<>();
        try (FrameDecoder decoder = FrameDecoder.open(SourceSettings.of(file.clip().toString())
                .withAnalysisFps(camera.analysisFps()));
             DetectionPipeline pipeline = new DetectionPipeline(detector, new Tracker(TrackerSettings.defaults()),
                     new PrivacyMask(camera.masks()), CameraPipelines.settings(camera.detection()))) {
            DecodedFrame f;
            while ((f = decoder.next()) != null) {
                FrameResult r = pipeline.process(f.index(), f.time(), f.image());
                double t = f.time();
                SignalStates states = a -> a.equals(approach) && signals.floorEntry(t) != null
                        ? signals.floorEntry(t).getValue() : SignalState.UNKNOWN;
                SceneFrame frame = new SceneFrame(camera.id(), f.index(), t,
                        start.plus(Duration.ofMillis(Math.round(t * 1000))), f.image(), r.analysed(), r.tracks(),
                        states);
                for (Skill s : skills) {
                    s.observe(frame).forEach(e -> emitted.add(new Got(e, t)));
                }
            }
        }
        List<Want> wanted = new ArrayList<>();
        for (JsonNode e : root.get("expected")) {
            wanted.add(new Want(e.get("type").asText(), e.get("zone").asText(), e.get("at").asDouble(),
                    e.get("tolerance").asDouble()));
        }
        Set<String> types = new LinkedHashSet<>();
        wanted.forEach(w -> types.add(w.type()));
        if (types.isEmpty()) {
            camera.skills().forEach(s -> types.addAll(s.events()));
        }
        return match(scenario.getFileName().toString(), camera, wanted, emitted, types);
    }

    private static Outcome match(String name, Camera camera, List<Want> wanted, List<Got> emitted, Set<String> types) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        List<Double> latencies = new ArrayList<>();
        for (Want w : wanted) {
            for (int i = 0; i < emitted.size(); i++) {
                Got g = emitted.get(i);
                if (!used.contains(i) && g.event().type().wireName().equals(w.type())
                        && w.zone().equals(g.event().zone()) && g.time() >= w.at() - 1
                        && g.time() <= w.at() + w.tolerance()) {
                    used.add(i);
                    tp++;
                    latencies.add(g.time() - w.at());
                    break;
                }
            }
        }
        int fp = 0;
        for (int i = 0; i < emitted.size(); i++) {
            if (!used.contains(i) && types.contains(emitted.get(i).event().type().wireName())) {
                fp++;
            }
        }
        Set<String> skills = new LinkedHashSet<>();
        camera.skills().forEach(s -> skills.add(s.name()));
        return new Outcome(name, skills, tp, fp, wanted.size() - tp, latencies, emitted);
    }

    private static String signals(JsonNode root, TreeMap<Double, SignalState> out) {
        JsonNode s = root.get("signals");
        if (s == null || !s.fields().hasNext()) {
            return "";
        }
        var first = s.fields().next();
        for (JsonNode step : first.getValue()) {
            out.put(step.get(0).asDouble(), SignalState.valueOf(step.get(1).asText().toUpperCase()));
        }
        return first.getKey();
    }
}
