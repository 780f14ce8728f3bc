package city.relais.config.automation;

/** The typed parameters of an automation; one record per policy. Never null: absent params give defaults. */
public sealed interface AutomationParams permits DimWhenEmptyParams, EmergencyPriorityParams, DetectorCallParams,
        TicketParams, OperatorAlertParams {
}
