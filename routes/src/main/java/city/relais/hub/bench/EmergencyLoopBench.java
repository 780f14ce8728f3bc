package city.relais.hub.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import city.relais.config.CityConfig;
import city.relais.config.CityConfigLoader;
import city.relais.config.load.BuiltinTrafficProfiles;
import city.relais.connectors.sim.traffic.Intersection;
import city.relais.connectors.sim.traffic.SafetyAudit;
import city.relais.connectors.sim.traffic.SignalTimings;
import city.relais.connectors.sim.traffic.TrafficControllerSimulator;
import city.relais.hub.cameras.CameraSources;
import city.relais.hub.runtime.RelaisHub;
import city.relais.hub.traffic.RequestReport;
import city.relais.models.ModelRegistry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Camera frames to a traffic controller's acknowledgement, in one hub: {@code cameras} cameras analysed in the hub
 * (detector, tracker, emergency-vehicle skill), each playing in real time a playlist of the emergency positives
 * ({@link EmergencyPlaylists}) and each with its own emergency-priority automation and its own traffic-controller
 * simulator (Modbus TCP on loopback), so one camera's vehicle never waits behind another's request. For every
 * {@code emergency.approaching}: the frame's arrival ({@code event.time}), its publication on the broker and the
 * moment the hub learnt the controller's answer (the time of the traffic report it publishes after the Modbus
 * exchange).
 */
public final class EmergencyLoopBench {

    /** What was measured. */
    public record Result(int cameras, int playsPerScenario, List<String> scenarios, double playlistSeconds,
                         long framesPlayed, long framesAnalysed, int warmUpEvents, int approaching, int acknowledged,
                         Map<String, Integer> statuses, int flashesFound, int flashesMissed, int otherApproaching,
                         LatencySummary frameToAck, LatencySummary frameToEvent, LatencySummary eventToAck,
                         LatencySummary detectionFromFirstFlash, int conflictFaults) {
    }

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String PROFILE = "generic-priority-v1";

    /**
     * @param plays   how often each positive is played in all (rounded up to a multiple of {@code cameras})
     * @param shared  the shared folder (real clips for the scenarios)
     */
    Result run(Path shared, int cameras, int plays, Path work) throws Exception {
        List<EmergencyPlaylists.Positive> positives = EmergencyPlaylists.render(shared);
        int passes = (plays + cameras - 1) / cameras;
        List<EmergencyPlaylists.Playlist> playlists = new ArrayList<>();
        for (int c = 0; c < cameras; c++) {
            int rotation = c * positives.size() / cameras;
            playlists.add(EmergencyPlaylists.write(work.resolve("playlist-" + c + ".avi"), positives, rotation,
                    passes));
        }
        List<TrafficControllerSimulator> simulators = new ArrayList<>();
        try {
            for (int c = 0; c < cameras; c++) {
                simulators.add(new TrafficControllerSimulator(BuiltinTrafficProfiles.get(PROFILE),
                        SignalTimings.defaults(), Clock.systemUTC(), Intersection.EW_PHASE, "127.0.0.1", 0,
                        Duration.ofMillis(100)).start());
            }
            CityConfig city = city(work, positives.get(0).camera(), playlists, simulators);
            Result result;
            try (RelaisHub hub = new RelaisHub(city).cameraSources(CameraSources.AS_CONFIGURED, true)
                    .models(ModelRegistry.fromEnvironment()).start();
                 LoopProbe probe = new LoopProbe(hub.connectionFactory())) {
                double longest = playlists.stream().mapToDouble(EmergencyPlaylists.Playlist::seconds).max()
                        .orElse(0);
                Duration patience = Duration.ofSeconds(Math.round(longest * 3 + 60));
                if (!hub.cameras().awaitEnd(patience)) {
                    throw new IllegalStateException("the cameras did not play their playlists within "
                            + patience.toSeconds() + " s");
                }
                probe.awaitReports(Duration.ofSeconds(5));
                long analysed = hub.cameras().framesAnalysed().values().stream().mapToLong(Long::longValue).sum();
                int faults = simulators.stream().mapToInt(s -> SafetyAudit.violations(s.controller()).size()).sum();
                result = measure(probe, playlists, positives, cameras * passes, analysed, faults);
            }
            return result;
        } finally {
            for (TrafficControllerSimulator s : simulators) {
                s.close();
            }
        }
    }

    private static Result measure(LoopProbe probe, List<EmergencyPlaylists.Playlist> playlists,
                                  List<EmergencyPlaylists.Positive> positives, int plays, long analysed, int faults) {
        List<Long> frameToAck = new ArrayList<>();
        List<Long> frameToEvent = new ArrayList<>();
        List<Long> eventToAck = new ArrayList<>();
        List<Long> detection = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Set<String> found = new HashSet<>();
        int other = 0;
        int warmUp = 0;
        List<LoopProbe.Published> seen = new ArrayList<>(probe.approaching());
        seen.sort((a, b) -> a.event().time().compareTo(b.event().time()));
        for (LoopProbe.Published p : seen) {
            int camera = cameraIndex(p.event().camera());
            Double t = p.event().measurements().get("clip_time_s");
            if (camera >= 0 && t != null && playlists.get(camera).warmUp(t)) {
                warmUp++;
                continue;
            }
            frameToEvent.add(Duration.between(p.event().time(), p.publishedAt()).toNanos());
            RequestReport report = probe.reportOf(p.event().id());
            if (report == null) {
                statuses.merge("no request (absorbed or lost)", 1, Integer::sum);
            } else {
                statuses.merge(report.status(), 1, Integer::sum);
                frameToAck.add(Duration.between(p.event().time(), report.time()).toNanos());
                eventToAck.add(Duration.between(p.publishedAt(), report.time()).toNanos());
            }
            EmergencyPlaylists.Segment segment = camera < 0 || t == null ? null
                    : playlists.get(camera).answering(t);
            if (segment != null && found.add(camera + "@" + segment.startS())) {
                detection.add(Math.round((t - segment.flashAtS()) * 1e9));
            } else {
                other++;
            }
        }
        long framesPlayed = playlists.stream().mapToLong(EmergencyPlaylists.Playlist::frames).sum();
        int segments = playlists.stream().mapToInt(p -> p.segments().size()).sum();
        return new Result(playlists.size(), plays,
                positives.stream().map(EmergencyPlaylists.Positive::name).toList(),
                playlists.get(0).seconds(), framesPlayed, analysed, warmUp, seen.size() - warmUp, frameToAck.size(),
                statuses,
                found.size(), segments - found.size(), other, LatencySummary.ofNanos(frameToAck),
                LatencySummary.ofNanos(frameToEvent), LatencySummary.ofNanos(eventToAck),
                LatencySummary.ofNanos(detection), faults);
    }

    private static String cameraId(int c) {
        return "bench-cam-" + c;
    }

    private static int cameraIndex(String id) {
        return id.startsWith("bench-cam-") ? Integer.parseInt(id.substring("bench-cam-".length())) : -1;
    }

    /** One camera, automation and controller per playlist; the camera block is the positives' own. */
    private static CityConfig city(Path work, List<String> cameraLines, List<EmergencyPlaylists.Playlist> playlists,
                                   List<TrafficControllerSimulator> simulators) throws Exception {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode hub = root.putObject("hub");
        hub.putObject("http").put("host", "127.0.0.1").put("port", FreePorts.next());
        hub.put("data-dir", work.resolve("data").toAbsolutePath().toString());
        root.putObject("broker").put("mode", "embedded");
        ArrayNode cameras = root.putArray("cameras");
        ArrayNode devices = root.putArray("devices");
        ArrayNode automations = root.putArray("automations");
        for (int c = 0; c < playlists.size(); c++) {
            String device = "tl-bench-" + c;
            ObjectNode camera = (ObjectNode) YAML.readTree(String.join("\n", cameraLines));
            ObjectNode withId = YAML.createObjectNode().put("id", cameraId(c))
                    .put("source", playlists.get(c).clip().toAbsolutePath().toString());
            withId.setAll(camera);
            for (var skill : withId.withArray("skills")) {
                if (skill.has("emergency-vehicle")) {
                    ((ObjectNode) skill.get("emergency-vehicle")).put("signal", device);
                }
            }
            cameras.add(withId);
            ObjectNode d = devices.addObject().put("id", device).put("kind", "traffic-controller")
                    .put("protocol", "modbus").put("address", simulators.get(c).address()).put("profile", PROFILE);
            d.putObject("approaches").put("N", 1).put("S", 2).put("E", 3).put("W", 4);
            ObjectNode a = automations.addObject().put("id", "ambulance-" + c);
            a.putObject("when").put("camera", cameraId(c)).putArray("events").add("emergency.approaching")
                    .add("emergency.cleared");
            a.put("policy", "emergency-priority").put("device", device);
            a.putObject("params").put("vehicle-class", "emergency").put("lifetime", "30s");
        }
        Path file = work.resolve("closed-loop-bench-city.yaml");
        YAML.writeValue(file.toFile(), root);
        return CityConfigLoader.load(file);
    }
}
