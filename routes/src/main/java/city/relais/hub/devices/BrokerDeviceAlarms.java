package city.relais.hub.devices;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import city.relais.hub.broker.Addresses;
import city.relais.hub.metrics.HubMetrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes device alarms as persistent JSON messages on {@link Addresses#ALARMS}, logs and counts them. */
public final class BrokerDeviceAlarms implements DeviceAlarms {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerDeviceAlarms.class);

    private final ConnectionFactory connectionFactory;
    private final HubMetrics metrics;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, DeviceAlarm.State> states = new ConcurrentHashMap<>();

    public BrokerDeviceAlarms(ConnectionFactory connectionFactory, HubMetrics metrics) {
        this.connectionFactory = connectionFactory;
        this.metrics = metrics;
    }

    @Override
    public void watch(String device) {
        states.putIfAbsent(device, DeviceAlarm.State.UP);
        metrics.watchDevice(device, () -> states.get(device) == DeviceAlarm.State.UP);
    }

    @Override
    public void raise(DeviceAlarm alarm) {
        states.put(alarm.device(), alarm.state());
        if (alarm.state() == DeviceAlarm.State.DOWN) {
            LOG.warn("ALARM device {} down: {}", alarm.device(), alarm.reason());
        } else {
            LOG.info("device {} back: {}", alarm.device(), alarm.reason());
        }
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createTopic(Addresses.ALARMS), json.writeValueAsString(alarm));
        } catch (JMSRuntimeException | JsonProcessingException e) {
            LOG.warn("Could not publish the alarm of device {} to {}: {}", alarm.device(), Addresses.ALARMS,
                    e.getMessage());
        }
    }

    @Override
    public Map<String, DeviceAlarm.State> states() {
        return Map.copyOf(states);
    }
}
