package city.relais.hub.privacy;

/**
 * One automated decision that an event of a skill can trigger.
 *
 * @param event      event type, e.g. {@code dump.detected}
 * @param automation automation id
 * @param policy     policy wire name, e.g. {@code ticket}
 * @param device     device id; null for an operator alert
 * @param decidedBy  {@code automatic}, {@code operator-confirmed} (a person lets it go out) or {@code operator}
 *                   (an alert a person handles)
 */
public record AutomatedDecision(String event, String automation, String policy, String device, String decidedBy) {
}
