package city.relais.hub.devices;

import java.time.Instant;

/**
 * One command sent (or tried) on a device, as the audit keeps it: which automation, what caused it (the event type
 * and id, or {@code clock} for holds, night edges and lease renewals), what, why, and the device's answer.
 * {@code outcome} is {@code ack}, {@code duplicate} or {@code failed}; {@code status} is the protocol's word.
 */
public record DeviceCommandRecord(Instant time, String idempotencyKey, String automation, String device,
                                  String trigger, String command, String reason, String outcome, String status) {
}
