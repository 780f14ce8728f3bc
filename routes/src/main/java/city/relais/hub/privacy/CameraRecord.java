package city.relais.hub.privacy;

import java.util.List;

/**
 * A camera in the register.
 *
 * @param id           camera id
 * @param analysisFps  frames analysed per second (in memory, never recorded)
 * @param masks        number of mask areas blacked out before any analysis
 * @param maskedShare  share of the image they cover, 0..1 (overlaps counted once per polygon)
 * @param skills       one record per skill
 */
public record CameraRecord(String id, double analysisFps, int masks, double maskedShare,
                           List<ProcessingRecord> skills) {

    public CameraRecord {
        skills = List.copyOf(skills);
    }
}
