package city.relais.hub.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import city.relais.config.automation.Automation;
import city.relais.config.CityConfig;
import city.relais.config.DemoSource;
import city.relais.config.ErrorPolicy;
import city.relais.config.Hub;
import city.relais.event.CloudEventCodec;
import city.relais.hub.api.HealthReport;
import city.relais.hub.api.MetricsEndpoint;
import city.relais.hub.automation.ActionSink;
import city.relais.hub.automation.AutomationDispatcher;
import city.relais.hub.automation.DeadLetters;
import city.relais.hub.automation.EventDecoder;
import city.relais.hub.broker.Addresses;
import city.relais.hub.devices.DeviceAlarms;
import city.relais.hub.lighting.LightingAutomations;
import city.relais.hub.broker.BrokerRuntime;
import city.relais.hub.ingest.DemoEventSource;
import city.relais.hub.ingest.EventIngress;
import city.relais.hub.ingest.EventLines;
import city.relais.hub.ingest.EventMonitor;
import city.relais.hub.ingest.EventPublisher;
import city.relais.hub.metrics.HubMetrics;
import city.relais.hub.operators.OperatorLoop;
import city.relais.hub.privacy.RetentionPurges;
import city.relais.hub.traffic.TrafficAutomations;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Camel Main of a hub: beans, placeholders, YAML routes, one templated route per automation. */
final class HubWiring {

    private static final Logger LOG = LoggerFactory.getLogger(HubWiring.class);
    private static final String BUILT_IN_ROUTES = "classpath:camel/*.camel.yaml";

    private final CityConfig city;
    private final CloudEventCodec codec;
    private final HubMetrics metrics;
    private final BrokerRuntime broker;
    private final EventPublisher publisher;
    private final EventMonitor monitor;
    private final ActionSink sink;
    private final LightingAutomations lighting;
    private final DeviceAlarms alarms;
    private final TrafficAutomations traffic;
    private final OperatorLoop operatorLoop;

    HubWiring(CityConfig city, CloudEventCodec codec, HubMetrics metrics, BrokerRuntime broker,
              EventPublisher publisher, EventMonitor monitor, ActionSink sink, LightingAutomations lighting,
              DeviceAlarms alarms, TrafficAutomations traffic, OperatorLoop operatorLoop) {
        this.traffic = traffic;
        this.city = city;
        this.codec = codec;
        this.metrics = metrics;
        this.broker = broker;
        this.publisher = publisher;
        this.monitor = monitor;
        this.sink = sink;
        this.lighting = lighting;
        this.alarms = alarms;
        this.operatorLoop = operatorLoop;
    }

    Main newMain() throws IOException {
        Main main = new Main();
        main.configure().withName("relais");
        main.configure().withRoutesIncludePattern(routesPattern());
        main.configure().withShutdownTimeout(15);
        main.configure().withJmxEnabled(false);
        placeholders(main);
        beans(main);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                CamelContext camel = support.getCamelContext();
                MicrometerRoutePolicyFactory routeTimers = new MicrometerRoutePolicyFactory();
                routeTimers.setMeterRegistry(metrics.registry());
                camel.addRoutePolicyFactory(routeTimers);
            }

            @Override
            public void afterConfigure(BaseMainSupport support) {
                addAutomationRoutes(support.getCamelContext());
            }
        });
        return main;
    }

    private String routesPattern() {
        Path userRoutes = city.hub().routesDir();
        if (userRoutes == null) {
            return BUILT_IN_ROUTES;
        }
        if (!Files.isDirectory(userRoutes)) {
            LOG.warn("hub.routes-dir {} is not a folder: no user routes loaded", userRoutes);
            return BUILT_IN_ROUTES;
        }
        LOG.info("Loading user routes from {}", userRoutes.toAbsolutePath());
        return BUILT_IN_ROUTES + ",file:" + userRoutes.toAbsolutePath() + "/*.camel.yaml";
    }

    private void placeholders(Main main) {
        Hub hub = city.hub();
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", hub.http().host());
        main.addInitialProperty("camel.server.port", Integer.toString(hub.http().port()));
        main.addInitialProperty("relais.events.address", Addresses.EVENTS);
        main.addInitialProperty("relais.dead-letters.address", Addresses.DEAD_LETTERS);
        ErrorPolicy errors = hub.errors();
        main.addInitialProperty("relais.errors.max-redeliveries", Integer.toString(errors.maxRedeliveries()));
        main.addInitialProperty("relais.errors.redelivery-delay-ms",
                Long.toString(errors.redeliveryDelay().toMillis()));
        main.addInitialProperty("relais.errors.backoff-multiplier", Double.toString(errors.backoffMultiplier()));
        DemoSource demo = hub.demo();
        main.addInitialProperty("relais.demo.enabled", Boolean.toString(demo != null));
        main.addInitialProperty("relais.lighting.enabled", Boolean.toString(!lighting.isEmpty()));
        main.addInitialProperty("relais.tickets.enabled", Boolean.toString(!operatorLoop.tickets().isEmpty()));
        main.addInitialProperty("relais.tickets.sweep-ms", "10000");
        long period = demo == null ? 1000 : Math.max(1, Math.round(1000.0 / demo.rate()));
        main.addInitialProperty("relais.demo.period-ms", Long.toString(period));
    }

    private void beans(Main main) throws IOException {
        List<Automation> automations = city.automations();
        EventDecoder decoder = new EventDecoder(codec);
        JmsComponent jms = JmsComponent.jmsComponent(broker.connectionFactory());
        main.bind("jms", jms);
        main.bind(MicrometerConstants.METRICS_REGISTRY_NAME, metrics.registry());
        main.bind("eventDecoder", decoder);
        main.bind("automations", new AutomationDispatcher(automations, sink, lighting, traffic,
                operatorLoop.tickets(), metrics));
        main.bind("lighting", lighting);
        main.bind("tickets", operatorLoop.tickets());
        main.bind("operatorApi", operatorLoop.api());
        main.bind("evidenceServer", operatorLoop.evidence());
        main.bind("operatorLoop", operatorLoop);
        main.bind("deadLetters", new DeadLetters(metrics));
        main.bind("eventIngress", new EventIngress(codec, publisher, monitor, metrics));
        main.bind("healthReport", new HealthReport(broker.monitor(), alarms,
                automations.stream().map(Automation::id).toList()));
        main.bind("metricsEndpoint", new MetricsEndpoint(metrics));
        main.bind("demoSource", demoSource());
        main.bind("retentionPurges", RetentionPurges.of(city, metrics.registry()));
        automations.forEach(a -> metrics.watchBacklog(broker.monitor(), a.id()));
    }

    private DemoEventSource demoSource() throws IOException {
        DemoSource demo = city.hub().demo();
        if (demo == null) {
            return DemoEventSource.none(publisher);
        }
        try (InputStream in = EventLines.open(demo.events(), city.baseDir())) {
            EventLines.Result scenario = EventLines.read(in, codec);
            if (!scenario.bad().isEmpty()) {
                throw new IOException("demo scenario " + demo.events() + " has invalid events: " + scenario.bad());
            }
            LOG.info("Demo source: {} events from {}, {} per second{}", scenario.events().size(), demo.events(),
                    demo.rate(), demo.loop() ? ", looping" : "");
            return new DemoEventSource(scenario.events(), demo.loop(), publisher);
        }
    }

    private void addAutomationRoutes(CamelContext camel) {
        for (Automation automation : city.automations()) {
            TemplatedRouteBuilder.builder(camel, "automation")
                    .routeId("automation-" + automation.id())
                    .parameter("automationId", automation.id())
                    .parameter("subscription", Addresses.subscriptionOf(automation.id()))
                    .add();
        }
    }
}
