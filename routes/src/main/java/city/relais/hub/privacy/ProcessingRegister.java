package city.relais.hub.privacy;

import city.relais.config.CityConfig;
import city.relais.config.EvidenceMode;
import city.relais.config.Operator;
import city.relais.config.Retention;
import city.relais.config.automation.Automation;
import city.relais.config.automation.Policy;
import city.relais.config.automation.Tier;
import city.relais.config.camera.Camera;
import city.relais.config.camera.Point;
import city.relais.config.camera.Polygon;
import city.relais.config.skill.SkillConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of processing activities a city keeps for its data-protection impact assessment, derived from its city
 * file: for each camera and skill, the purpose, the data processed, whether evidence images are kept and for how
 * long, who can see them, the automated decisions, the retention and the masks. Printed by {@code relais
 * privacy-register} as Markdown ({@link RegisterMarkdown}) or JSON ({@link RegisterJson}).
 *
 * @param site            the site's name, or null
 * @param evidenceMode    {@code metadata-only} or {@code blurred-snapshot}
 * @param snapshotsFor    event types that keep a blurred snapshot (empty in metadata-only mode)
 * @param retention       purge delays of evidence, events and audit records
 * @param evidenceViewers roles that may view evidence through the API (every view is audited)
 * @param accounts        configured operator accounts per role
 * @param commitments     what holds for every camera, whatever the configuration
 * @param cameras         one entry per camera, in file order
 */
public record ProcessingRegister(String site, String evidenceMode, List<String> snapshotsFor, Retention retention,
                                 List<String> evidenceViewers, Map<String, Integer> accounts,
                                 List<String> commitments, List<CameraRecord> cameras) {

    /** What Relais guarantees on every camera (enforced by code and tests, not by configuration). */
    public static final List<String> COMMITMENTS = List.of(
            "No facial recognition, no biometrics, no person re-identification, no plate reading: the model "
                    + "registry refuses such models and an architecture test fails the build on face-detection code.",
            "Video is analysed in memory and never recorded; only typed events (class, zone, counts, times) leave "
                    + "the detection core.",
            "Track ids are per camera and never linked across cameras.",
            "A stored snapshot has every person and every vehicle's plate area pixelated and blurred and the "
                    + "masks blacked out before it is encoded; the unblurred frame is never written or sent.",
            "Evidence files past their retention are deleted by an hourly purge.");

    public ProcessingRegister {
        snapshotsFor = List.copyOf(snapshotsFor);
        evidenceViewers = List.copyOf(evidenceViewers);
        accounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        commitments = List.copyOf(commitments);
        cameras = List.copyOf(cameras);
    }

    /** The register of a loaded city file. */
    public static ProcessingRegister of(CityConfig city) {
        boolean snapshots = city.privacy().evidence() == EvidenceMode.BLURRED_SNAPSHOT;
        List<String> snapshotsFor = snapshots ? city.privacy().snapshotsFor() : List.of();
        Map<String, Integer> accounts = new LinkedHashMap<>();
        for (String role : Operator.ROLES) {
            accounts.put(role, (int) city.operators().stream().filter(o -> role.equals(o.role())).count());
        }
        List<CameraRecord> cameras = new ArrayList<>();
        for (Camera camera : city.cameras()) {
            List<ProcessingRecord> skills = new ArrayList<>();
            for (SkillConfig skill : camera.skills()) {
                skills.add(record(city, camera, skill, snapshotsFor));
            }
            cameras.add(new CameraRecord(camera.id(), camera.analysisFps(), camera.masks().size(),
                    maskedShare(camera.masks()), skills));
        }
        return new ProcessingRegister(city.site() == null ? null : city.site().name(),
                city.privacy().evidence().wireName(), snapshotsFor, city.privacy().retention(),
                snapshotsFor.isEmpty() ? List.of() : Operator.ROLES, accounts, COMMITMENTS, cameras);
    }

    private static ProcessingRecord record(CityConfig city, Camera camera, SkillConfig skill,
                                           List<String> snapshotsFor) {
        SkillPurpose purpose = SkillPurpose.of(skill);
        List<String> data = new ArrayList<>();
        data.add(String.format(java.util.Locale.ROOT, "video frames of camera %s, analysed in memory at %s fps, "
                + "never recorded", camera.id(), fps(camera.analysisFps())));
        data.add(purpose.watched().isEmpty() ? "objects detected in the watched area (class, box, score)"
                : "class, box, score and per-camera track id of: " + String.join(", ", purpose.watched()));
        data.add(purpose.specifics());
        List<String> kept = skill.events().stream().filter(snapshotsFor::contains).toList();
        return new ProcessingRecord(camera.id(), skill.name(), skill.zone(), skill.line(), purpose.purpose(), data,
                skill.events(), kept, decisions(city, camera, skill));
    }

    private static List<AutomatedDecision> decisions(CityConfig city, Camera camera, SkillConfig skill) {
        List<AutomatedDecision> decisions = new ArrayList<>();
        for (Automation a : city.automations()) {
            if (!a.when().camera().equals(camera.id())) {
                continue;
            }
            if (a.when().zone() != null && skill.zone() != null && !a.when().zone().equals(skill.zone())) {
                continue;
            }
            for (String event : a.when().events()) {
                if (skill.events().contains(event)) {
                    decisions.add(new AutomatedDecision(event, a.id(), a.policy(), a.device(), decidedBy(a, event)));
                }
            }
        }
        return decisions;
    }

    private static String decidedBy(Automation a, String event) {
        Policy policy = Policy.fromWireName(a.policy()).orElse(null);
        if (policy == Policy.OPERATOR_ALERT) {
            return "operator";
        }
        if (policy == Policy.TICKET) {
            return a.tier().getOrDefault(event, Tier.OPERATOR_CONFIRMED).wireName();
        }
        return "automatic";
    }

    /** Sum of the mask polygons' areas (shoelace), capped at 1. */
    static double maskedShare(List<Polygon> masks) {
        double total = 0;
        for (Polygon p : masks) {
            List<Point> pts = p.points();
            double twice = 0;
            for (int i = 0; i < pts.size(); i++) {
                Point a = pts.get(i);
                Point b = pts.get((i + 1) % pts.size());
                twice += a.x() * b.y() - b.x() * a.y();
            }
            total += Math.abs(twice) / 2;
        }
        return Math.min(1, total);
    }

    /** A duration as the city file writes it: {@code 7d}, {@code 12h}, {@code 30min}, {@code 45s}. */
    static String duration(java.time.Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        } else if (s % 3600 == 0) {
            return s / 3600 + "h";
        } else if (s % 60 == 0) {
            return s / 60 + "min";
        }
        return s + "s";
    }

    static String fps(double fps) {
        return fps == Math.rint(fps) ? String.valueOf((long) fps) : String.valueOf(fps);
    }
}
