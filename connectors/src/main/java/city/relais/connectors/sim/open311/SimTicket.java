package city.relais.connectors.sim.open311;

import city.relais.connectors.open311.Open311Messages.ServiceRequest;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ticket as the simulator stores it: every field the POST carried, exactly, plus status and times.
 *
 * @param attributes the {@code attribute[code]} values, in the order received
 */
public record SimTicket(String id, String serviceCode, String serviceName, String status, String statusNotes,
                        String description, Double lat, @JsonProperty("long") Double lon, String address,
                        String mediaUrl, String deviceId, String jurisdiction, Map<String, String> attributes,
                        Instant requested, Instant updated) {

    public SimTicket {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    SimTicket closed(String notes, Instant at) {
        return new SimTicket(id, serviceCode, serviceName, "closed", notes, description, lat, lon, address, mediaUrl,
                deviceId, jurisdiction, attributes, requested, at);
    }

    /** What {@code GET requests} shows. */
    ServiceRequest asServiceRequest() {
        return new ServiceRequest(id, status, statusNotes, serviceName, serviceCode, description, "Relais simulator",
                null, requested, updated, null, address, lat, lon, mediaUrl, deviceId);
    }
}
