package city.relais.hub.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import city.relais.config.CityConfig;
import city.relais.config.Http;
import city.relais.connectors.lighting.LightingControllers;
import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.hub.automation.ActionJournal;
import city.relais.hub.automation.ActionSink;
import city.relais.hub.broker.Addresses;
import city.relais.hub.broker.BrokerMonitor;
import city.relais.hub.broker.BrokerRuntime;
import city.relais.hub.devices.BrokerDeviceAlarms;
import city.relais.hub.devices.CommandLog;
import city.relais.hub.ingest.EventMonitor;
import city.relais.hub.cameras.CameraRuntime;
import city.relais.hub.cameras.CameraSources;
import city.relais.hub.ingest.DeviceGroups;
import city.relais.models.ModelRegistry;
import city.relais.vision.evidence.BlurredEvidence;
import city.relais.vision.skill.SignalStates;
import city.relais.hub.ingest.EventPublisher;
import city.relais.hub.lighting.LightingAutomations;
import city.relais.hub.metrics.HubMetrics;
import city.relais.hub.traffic.BrokerTrafficReports;
import city.relais.hub.traffic.TrafficAutomations;
import city.relais.connectors.traffic.TrafficControllers;
import city.relais.hub.operators.OperatorLoop;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.AuditedActionSink;
import city.relais.hub.store.CommandAudit;
import city.relais.hub.store.StoreDatabase;
import city.relais.hub.timeline.Timeline;
import city.relais.hub.traffic.TrafficReports;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Relais hub: broker (embedded or external), Camel Main with the YAML routes, one route per automation,
 * the HTTP API. {@link #start()} returns once every route is up; {@link #close()} stops it all in order.
 */
public final class RelaisHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelaisHub.class);
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final int RECENT_EVENTS = 500;

    private final CityConfig city;
    private final ActionSink customSink;
    private final LightingAutomations.ControllerFactory lightingFactory;
    private final HubMetrics metrics = new HubMetrics();
    private final CloudEventCodec codec = new CloudEventCodec();
    private final EventMonitor monitor = new EventMonitor(metrics, RECENT_EVENTS);
    private BrokerRuntime broker;
    private ActionJournal journal;
    private EventPublisher publisher;
    private CommandLog commandLog;
    private LightingAutomations lighting;
    private TrafficAutomations traffic;
    private StoreDatabase store;
    private CameraRuntime cameras;
    private CameraSources cameraSources = CameraSources.AS_CONFIGURED;
    private boolean camerasOnce;
    private ModelRegistry models;
    private OperatorLoop operatorLoop;
    private AuditTrail audit;
    private Timeline timeline;
    private Main main;
    private Thread mainThread;
    private final AtomicBoolean closed = new AtomicBoolean();

    public RelaisHub(CityConfig city) {
        this(city, null);
    }

    /** A hub whose automations hand their actions to {@code sink} instead of the action journal (the bench). */
    public RelaisHub(CityConfig city, ActionSink sink) {
        this(city, sink, device -> LightingControllers.create(city, device));
    }

    /**
     * @param sink            where automations record their actions; null for the action journal (the bench sets one)
     * @param lightingFactory opens the controller of a street-light device
     */
    public RelaisHub(CityConfig city, ActionSink sink, LightingAutomations.ControllerFactory lightingFactory) {
        this.city = Objects.requireNonNull(city, "city");
        this.customSink = sink;
        this.lightingFactory = Objects.requireNonNull(lightingFactory, "lightingFactory");
    }

    /** Vert.x only logs a port in use and the hub would run deaf: refuse to start instead. */
    private static void requireFreePort(Http http) {
        if (http.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(http.host(), http.port()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + http.host() + ":" + http.port() + " ("
                    + e.getMessage() + "): another hub or program uses it; stop it, or give this hub another port "
                    + "with --http-port or hub.http.port");
        }
    }

    /**
     * How the hub opens its cameras' sources (before {@link #start()}); {@code once}: files play once instead of
     * looping (for {@code relais run --once} and tests).
     */
    public RelaisHub cameraSources(CameraSources sources, boolean once) {
        this.cameraSources = Objects.requireNonNull(sources, "sources");
        this.camerasOnce = once;
        return this;
    }

    /** Where the cameras' detectors come from (before {@link #start()}); default: the environment's. */
    public RelaisHub models(ModelRegistry registry) {
        this.models = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * Where the hub reports each camera event and what it led to (before {@link #start()}; {@code relais run} prints
     * it). The caller closes it after the hub.
     */
    public RelaisHub timeline(Timeline timeline) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        return this;
    }

    /** The audit chain; null before {@link #start()}. */
    public AuditTrail audit() {
        return audit;
    }

    /** The cameras analysed in this hub; null before {@link #start()}. */
    public CameraRuntime cameras() {
        return cameras;
    }

    public RelaisHub start() throws Exception {
        requireFreePort(city.hub().http());
        Path dataDir = city.hub().dataDir();
        Files.createDirectories(dataDir);
        broker = BrokerRuntime.start(city.broker(), dataDir);
        metrics.watchBroker(broker.monitor());
        prepareSubscriptions();
        publisher = new EventPublisher(broker.connectionFactory(), codec, monitor, 4, new DeviceGroups(city)::of);
        store = StoreDatabase.open(city.hub().store(), dataDir);
        audit = new AuditTrail(store);
        if (timeline != null) {
            timeline.follow(audit);
        }
        ActionSink sink = customSink;
        if (sink == null) {
            journal = new ActionJournal(dataDir.resolve("actions"));
            sink = new AuditedActionSink(journal, audit);
        }
        BrokerDeviceAlarms alarms = new BrokerDeviceAlarms(broker.connectionFactory(), metrics);
        commandLog = new CommandLog(dataDir.resolve("commands"));
        commandLog.alsoTo(new CommandAudit(audit, Clock.systemUTC())::record);
        operatorLoop = OperatorLoop.create(city, store, alarms, metrics.registry(), this::emit, Clock.systemUTC());
        BrokerMonitor brokerMonitor = broker.monitor();
        lighting = new LightingAutomations(city, lightingFactory, brokerMonitor::isUp, alarms, commandLog, metrics,
                Clock.systemUTC());
        traffic = new TrafficAutomations(city, device -> TrafficControllers.create(device, Clock.systemUTC()), alarms,
                trafficReports(new BrokerTrafficReports(broker.connectionFactory(), metrics)), metrics,
                Clock.systemUTC());
        HubWiring wiring = new HubWiring(city, codec, metrics, broker, publisher, monitor, sink, lighting, alarms,
                traffic, operatorLoop);
        main = wiring.newMain();
        startMain();
        operatorLoop.tickets().start();
        lighting.connectAhead();
        traffic.connectAhead();
        startCameras(dataDir);
        LOG.info("Relais hub ready: http://{}:{}/health, broker {}, {} automation(s), data in {}, store {}",
                city.hub().http().host(), city.hub().http().port(), broker.monitor().describe(),
                city.automations().size(), dataDir.toAbsolutePath(), store.describe());
        return this;
    }

    private TrafficReports trafficReports(TrafficReports broker) {
        if (timeline == null) {
            return broker;
        }
        return report -> {
            broker.report(report);
            timeline.traffic(report);
        };
    }

    private void prepareSubscriptions() throws JMSException {
        Set<String> current = city.automations().stream().map(a -> Addresses.subscriptionOf(a.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        broker.ensureSubscriptions(current);
        broker.monitor().removeSubscriptionsOtherThan(current).forEach((queue, pending) ->
                LOG.warn("Subscription {} belongs to no automation of the city file any more: removed with its {} "
                        + "pending event(s)", queue, pending));
    }

    private void startMain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport ignored) {
                started.countDown();
            }
        });
        mainThread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception | Error e) {
                failure.set(e);
            } finally {
                started.countDown();
            }
        }, "relais-camel-main");
        mainThread.start();
        if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the hub did not start within " + START_TIMEOUT_SECONDS + " s");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the hub failed to start: " + failure.get().getMessage(), failure.get());
        }
        if (main.getCamelContext() == null || !main.getCamelContext().isStarted()) {
            throw new IllegalStateException("the hub stopped while starting");
        }
    }

    /** Blocks until the hub is stopped (Ctrl-C / SIGTERM, or {@link #close()} from another thread). */
    public void awaitStop() throws InterruptedException {
        mainThread.join();
    }

    public ConnectionFactory connectionFactory() {
        return broker.connectionFactory();
    }

    public BrokerMonitor brokerMonitor() {
        return broker.monitor();
    }

    /** An event the hub raises itself (skill.suspended): published like any other; a failure is logged. */
    private void startCameras(Path dataDir) {
        boolean any = city.cameras().stream().anyMatch(c -> !c.skills().isEmpty() && cameraSources.analyses(c));
        if (!any) {
            cameras = CameraRuntime.none();
            return;
        }
        Path evidenceDir = dataDir.resolve("evidence");
        cameras = CameraRuntime.start(city, cameraSources, camerasOnce,
                models != null ? models : ModelRegistry.fromEnvironment(),
                camera -> BlurredEvidence.forCamera(camera, city.privacy(), evidenceDir), SignalStates.UNKNOWN,
                this::publishCameraEvents, Clock.systemUTC());
    }

    /** Events found by the hub's cameras go to the broker like any other; a failed publish is logged, not thrown. */
    private void publishCameraEvents(List<CityEvent> events) {
        try {
            if (timeline != null) {
                events.forEach(timeline::event);
            }
            publisher.publishAll(events);
        } catch (Exception e) {
            LOG.error("Could not publish {} camera event(s) of {}: {}", events.size(), events.get(0).camera(),
                    e.toString());
        }
    }

    private void emit(CityEvent event) {
        try {
            if (timeline != null) {
                timeline.event(event);
            }
            publisher.publishAll(List.of(event));
        } catch (Exception e) {
            LOG.error("Could not publish the hub's own event {} ({})", event.type().wireName(), event.id(), e);
        }
    }

    /** The hub's SQL store (tickets, alerts, audit). */
    public StoreDatabase store() {
        return store;
    }

    /** Tickets, alerts and evidence. */
    public OperatorLoop operatorLoop() {
        return operatorLoop;
    }

    public void publish(List<CityEvent> events) throws Exception {
        publisher.publishAll(events);
    }

    @Override
    public synchronized void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (main != null) {
            main.completed();
            if (mainThread != null) {
                mainThread.join(TimeUnit.SECONDS.toMillis(60));
            }
        }
        if (cameras != null) {
            cameras.close();
        }
        if (lighting != null) {
            lighting.close();
        }
        if (traffic != null) {
            traffic.close();
        }
        if (operatorLoop != null) {
            operatorLoop.tickets().close();
        }
        if (commandLog != null) {
            commandLog.close();
        }
        if (publisher != null) {
            publisher.close();
        }
        if (journal != null) {
            journal.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (store != null) {
            store.close();
        }
        LOG.info("Relais hub stopped");
    }
}
