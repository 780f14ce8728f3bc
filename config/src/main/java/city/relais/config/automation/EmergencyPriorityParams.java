package city.relais.config.automation;

import java.time.Duration;

/**
 * Priority requests to a traffic controller for an approaching emergency (or transit) vehicle.
 *
 * @param vehicleClass emergency (default) or transit
 * @param lifetime     a request expires after this unless renewed, default 30s
 * @param approach     approach on the controller; null = the one given by the camera's emergency-vehicle skill
 */
public record EmergencyPriorityParams(VehicleClass vehicleClass, Duration lifetime, String approach)
        implements AutomationParams {
}
