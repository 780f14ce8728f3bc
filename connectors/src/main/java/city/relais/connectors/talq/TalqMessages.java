package city.relais.connectors.talq;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.List;

/**
 * The JSON exchanged with a TALQ gateway. Times are ISO-8601 UTC strings, ramp times whole milliseconds.
 * <pre>
 * POST {base}/override-commands
 *   {"talqRequestId": "...", "addresses": ["talq://gw1/lamp-7"],
 *    "targetCommand": {"state": {"name": "LevelState", "value": 20}, "rampToLevelTime": 30000,
 *                      "rampFromLevelTime": 30000, "reason": "...", "cmsRefId": "...",
 *                      "start": "2026-11-28T22:00:00Z", "expiration": "2026-11-28T22:05:00Z"}}
 *   → 201 {"talqRequestId": "...", "status": "accepted"}; the same request again → 200 with the same body
 *   an override without targetCommand returns the lamps to their program
 * GET {base}/lamp-states?address=A&amp;address=B
 *   → 200 [{"address": "A", "actualLevel": 35.2, "targetLevel": 20, "overrideExpiration": "...", "status": "OK"}]
 * errors → 4xx/5xx {"error": "..."}
 * </pre>
 */
public final class TalqMessages {

    public static final String LEVEL_STATE = "LevelState";
    public static final String OVERRIDE_COMMANDS = "/override-commands";
    public static final String LAMP_STATES = "/lamp-states";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private TalqMessages() {
    }

    public static ObjectMapper json() {
        return MAPPER;
    }

    /** An override of some lamps; without {@code targetCommand} it ends the override (lamps back to program). */
    public record OverrideCommand(String talqRequestId, List<String> addresses, TargetCommand targetCommand) {
    }

    /** What the lamps do during the override. */
    public record TargetCommand(State state, Long rampToLevelTime, Long rampFromLevelTime, String reason,
                                String cmsRefId, Instant start, Instant expiration) {
    }

    /** A TALQ state; for lamps {@code LevelState} with a value 0..100. */
    public record State(String name, Double value) {
    }

    /** The gateway's answer to an override. */
    public record OverrideResult(String talqRequestId, String status) {
    }

    /** What the gateway reports for one lamp. */
    public record LampReport(String address, double actualLevel, double targetLevel, Instant overrideExpiration,
                             String status) {
    }

    /** An error answer. */
    public record Failure(String error) {
    }
}
