package city.relais.hub.privacy;

import static city.relais.hub.privacy.ProcessingRegister.duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** The register as JSON (snake_case keys, durations as the city file writes them). */
public final class RegisterJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegisterJson() {
    }

    public static String render(ProcessingRegister r, String sourceName) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", sourceName);
        root.put("site", r.site());
        ObjectNode evidence = root.putObject("evidence");
        evidence.put("mode", r.evidenceMode());
        strings(evidence.putArray("snapshots_for"), r.snapshotsFor());
        strings(evidence.putArray("viewer_roles"), r.evidenceViewers());
        evidence.put("views_audited", true);
        ObjectNode retention = root.putObject("retention");
        retention.put("evidence", duration(r.retention().evidence()));
        retention.put("events", duration(r.retention().events()));
        retention.put("audit", duration(r.retention().audit()));
        ObjectNode accounts = root.putObject("operator_accounts");
        r.accounts().forEach(accounts::put);
        strings(root.putArray("commitments"), r.commitments());
        ArrayNode cameras = root.putArray("cameras");
        for (CameraRecord c : r.cameras()) {
            ObjectNode camera = cameras.addObject();
            camera.put("id", c.id());
            camera.put("analysis_fps", c.analysisFps());
            camera.put("recorded", false);
            camera.put("masks", c.masks());
            camera.put("masked_share", Math.round(c.maskedShare() * 10_000) / 10_000.0);
            ArrayNode skills = camera.putArray("skills");
            for (ProcessingRecord s : c.skills()) {
                skill(skills.addObject(), r, s);
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the register as JSON", e);
        }
    }

    private static void skill(ObjectNode node, ProcessingRegister r, ProcessingRecord s) {
        node.put("skill", s.skill());
        node.put("zone", s.zone());
        node.put("line", s.line());
        node.put("purpose", s.purpose());
        strings(node.putArray("data_processed"), s.dataProcessed());
        strings(node.putArray("events"), s.events());
        ObjectNode images = node.putObject("evidence_images");
        images.put("kept", !s.evidenceImages().isEmpty());
        strings(images.putArray("event_types"), s.evidenceImages());
        if (s.evidenceImages().isEmpty()) {
            images.putNull("retention");
        } else {
            images.put("retention", duration(r.retention().evidence()));
        }
        strings(images.putArray("viewer_roles"), s.evidenceImages().isEmpty() ? List.of() : r.evidenceViewers());
        ArrayNode decisions = node.putArray("automated_decisions");
        for (AutomatedDecision d : s.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("event", d.event());
            n.put("automation", d.automation());
            n.put("policy", d.policy());
            n.put("device", d.device());
            n.put("decided_by", d.decidedBy());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
