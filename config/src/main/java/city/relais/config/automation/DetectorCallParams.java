package city.relais.config.automation;

import java.time.Duration;

/**
 * Virtual detector calls (as an inductive loop would place) for road users waiting at night.
 *
 * @param minWait  extra wait before the call is placed, default 0s
 * @param approach approach on the controller; null = the one given by the camera's on-demand skill
 */
public record DetectorCallParams(Duration minWait, String approach) implements AutomationParams {
}
