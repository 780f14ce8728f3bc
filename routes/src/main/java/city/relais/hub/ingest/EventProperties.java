package city.relais.hub.ingest;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;

/**
 * CloudEvents attributes copied into JMS message properties (names as in the CloudEvents JMS binding) next to the
 * structured JSON body, so that observers and broker selectors need not parse the body.
 */
public final class EventProperties {

    public static final String ID = "cloudEvents_id";
    public static final String TYPE = "cloudEvents_type";
    public static final String SOURCE = "cloudEvents_source";
    public static final String SUBJECT = "cloudEvents_subject";

    private EventProperties() {
    }

    static void write(CityEvent event, Message message) throws JMSException {
        message.setJMSType(event.type().cloudEventType());
        message.setStringProperty(ID, event.id());
        message.setStringProperty(TYPE, event.type().cloudEventType());
        message.setStringProperty(SOURCE, CloudEventCodec.SOURCE_PREFIX + event.camera());
        if (event.zone() != null) {
            message.setStringProperty(SUBJECT, event.zone());
        }
    }
}
