package city.relais.config.automation;

import city.relais.config.TimeWindow;

import java.time.Duration;

/**
 * Virtual detector calls (as an inductive loop would place) for road users waiting at night.
 *
 * @param minWait  extra wait before the call is placed, default 0s
 * @param approach approach on the controller; null = the one given by the camera's on-demand skill
 * @param window   when calls are placed (night on-demand green), default {@code always}; outside it nothing is sent
 */
public record DetectorCallParams(Duration minWait, String approach, TimeWindow window) implements AutomationParams {

    public DetectorCallParams {
        window = window == null ? TimeWindow.ALWAYS : window;
    }
}
