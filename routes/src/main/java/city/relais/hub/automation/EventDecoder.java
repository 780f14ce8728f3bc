package city.relais.hub.automation;

import java.nio.charset.StandardCharsets;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.event.InvalidEventException;

/** Turns a broker message body into a city event, or fails with the reason (which sends it to the dead letters). */
public final class EventDecoder {

    private final CloudEventCodec codec;

    public EventDecoder(CloudEventCodec codec) {
        this.codec = codec;
    }

    public CityEvent decode(Object body) throws InvalidEventException {
        if (body instanceof CityEvent event) {
            return event;
        }
        if (body instanceof byte[] bytes) {
            return codec.decode(bytes);
        }
        if (body instanceof String text) {
            return codec.decode(text.getBytes(StandardCharsets.UTF_8));
        }
        throw new InvalidEventException("unsupported message body "
                + (body == null ? "(empty)" : body.getClass().getSimpleName()) + ": expected CloudEvents JSON text");
    }
}
