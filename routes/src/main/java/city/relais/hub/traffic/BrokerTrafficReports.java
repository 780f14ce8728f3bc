package city.relais.hub.traffic;

import city.relais.hub.metrics.HubMetrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.micrometer.core.instrument.Counter;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each report as a persistent JSON message on {@value #ADDRESS}, logs it, and counts it in
 * {@code relais_traffic_reports_total{device, status}}.
 */
public final class BrokerTrafficReports implements TrafficReports {

    /** The broker address (multicast) of traffic reports. */
    public static final String ADDRESS = "relais.traffic";

    private static final Logger LOG = LoggerFactory.getLogger(BrokerTrafficReports.class);

    private final ConnectionFactory connectionFactory;
    private final HubMetrics metrics;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public BrokerTrafficReports(ConnectionFactory connectionFactory, HubMetrics metrics) {
        this.connectionFactory = connectionFactory;
        this.metrics = metrics;
    }

    @Override
    public void report(RequestReport report) {
        LOG.info("traffic {} {}/{}{}: {} ({})", report.automation(), report.device(), report.approach(),
                report.requestId() == 0 ? "" : " request " + report.requestId(), report.status(), report.reason());
        Counter.builder("relais.traffic.reports").description("Priority request statuses and detector calls, by status")
                .tag("device", report.device()).tag("status", report.status()).register(metrics.registry())
                .increment();
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createTopic(ADDRESS), json.writeValueAsString(report));
        } catch (JMSRuntimeException | JsonProcessingException e) {
            LOG.warn("Could not publish the traffic report of {} to {}: {}", report.device(), ADDRESS, e.getMessage());
        }
    }
}
