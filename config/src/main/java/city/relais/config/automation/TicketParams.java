package city.relais.config.automation;

import java.time.Duration;

/**
 * Tickets to a city service; one open ticket per asset and problem.
 *
 * @param dedupWindow a repeated detection within this window updates the open ticket instead of opening one,
 *                    default 24h
 */
public record TicketParams(Duration dedupWindow) implements AutomationParams {
}
