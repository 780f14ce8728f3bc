/**
 * The event contract: what detectors tell the hub. {@link city.relais.event.CityEvent} is the immutable, validated
 * event; {@link city.relais.event.EventType} the closed list of types; {@link city.relais.event.CloudEventCodec} its
 * CloudEvents 1.0 JSON form (schema {@code urn:city-relais:event:1}, described in {@code events/EVENTS.md}), which
 * refuses bad input with an {@link city.relais.event.InvalidEventException} carrying a reason.
 */
package city.relais.event;
