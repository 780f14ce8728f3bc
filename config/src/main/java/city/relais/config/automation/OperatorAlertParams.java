package city.relais.config.automation;

/**
 * An alert shown to control-room operators; nothing acts on its own.
 *
 * @param priority low, normal (default) or high
 */
public record OperatorAlertParams(AlertPriority priority) implements AutomationParams {
}
