package city.relais.hub.privacy;

import java.util.List;

/**
 * The register's entry for one skill on one camera: what a data-protection impact assessment asks.
 *
 * @param camera            camera id
 * @param skill             skill name
 * @param zone              watched zone, or null
 * @param line              watched line, or null
 * @param purpose           why it runs
 * @param dataProcessed     what is read and derived, in words
 * @param events            event types it emits
 * @param evidenceImages    event types of this skill that keep a blurred snapshot (empty: metadata only)
 * @param decisions         automated decisions its events trigger
 */
public record ProcessingRecord(String camera, String skill, String zone, String line, String purpose,
                               List<String> dataProcessed, List<String> events, List<String> evidenceImages,
                               List<AutomatedDecision> decisions) {

    public ProcessingRecord {
        dataProcessed = List.copyOf(dataProcessed);
        events = List.copyOf(events);
        evidenceImages = List.copyOf(evidenceImages);
        decisions = List.copyOf(decisions);
    }
}
