package city.relais.connectors.open311;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket to open: what a {@code POST requests.json} carries besides the key and the jurisdiction.
 *
 * @param serviceCode the Open311 service code (the city file maps event types to it)
 * @param lat         WGS84 latitude
 * @param lon         WGS84 longitude (the {@code long} parameter)
 * @param description the explanation, at most {@value Open311Messages#MAX_DESCRIPTION} characters
 * @param mediaUrl    URL of the (blurred) evidence; null when none
 * @param deviceId    the {@code device_id} that identifies the sender, used to find its tickets again
 * @param attributes  attribute code to value, sent as {@code attribute[code]}
 */
public record NewRequest(String serviceCode, double lat, double lon, String description, String mediaUrl,
                         String deviceId, Map<String, String> attributes) {

    public NewRequest {
        Objects.requireNonNull(serviceCode, "serviceCode");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a WGS84 position: " + lat + ", " + lon);
        }
        if (description != null && description.length() > Open311Messages.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description has " + description.length() + " characters, at most "
                    + Open311Messages.MAX_DESCRIPTION + " are allowed");
        }
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** {@code text} cut to the longest description a service accepts, ending with "..." when cut. */
    public static String fitDescription(String text) {
        if (text == null || text.length() <= Open311Messages.MAX_DESCRIPTION) {
            return text;
        }
        return text.substring(0, Open311Messages.MAX_DESCRIPTION - 3) + "...";
    }
}
