package city.relais.connectors.sim.open311;

import city.relais.connectors.open311.Open311Messages;
import city.relais.connectors.sim.open311.TicketBook.Reply;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An Open311 GeoReport v2 service over HTTP (JDK server), JSON only, under {@value #BASE_PATH}: {@code GET
 * services.json}, {@code GET services/{code}.json}, {@code POST requests.json} (API key, required attributes),
 * {@code GET requests.json} (filters incl. {@code device_id}, {@code start_date}) and {@code GET requests/{id}.json}.
 * Admin calls, without key (bind it to loopback): {@code POST /admin/requests/{id}/close} (form
 * {@code status_notes}) and {@code POST /admin/faults} (form {@code latency_ms}, {@code fail_next},
 * {@code hold_next}, {@code drop_next}, {@code release=true}). {@link #faults()} sets the same from a test. Tickets
 * live in memory, and in a JSON file when one is given; restartable on the same port.
 */
public final class Open311Simulator implements AutoCloseable {

    public static final String BASE_PATH = "/open311/v2";
    public static final String ADMIN_PATH = "/admin";
    public static final int DEFAULT_PORT = 8311;
    /** The environment variable holding the API key when run standalone; {@value #DEFAULT_API_KEY} without it. */
    public static final String API_KEY_VARIABLE = "RELAIS_OPEN311_KEY";
    public static final String DEFAULT_API_KEY = "demo-key";
    static final String USAGE = "usage: simulate open311 [--port PORT] [--bind ADDRESS] [--store FILE.json] "
            + "[--jurisdiction ID]   (api_key from $" + API_KEY_VARIABLE + ")";
    private static final Logger LOG = LoggerFactory.getLogger(Open311Simulator.class);

    private final TicketBook book;
    private final Faults faults = new Faults(Duration.ofSeconds(30));
    private final String bindAddress;
    private int port;
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param services     the services offered (see {@link SimService#demo()})
     * @param apiKey       the {@code api_key} a POST must carry
     * @param jurisdiction the accepted {@code jurisdiction_id}; null accepts any
     * @param storeFile    JSON file the tickets are kept in; null keeps them in memory only
     * @param port         TCP port, 0 = a free one, kept across restarts (see {@link #port()})
     */
    public Open311Simulator(List<SimService> services, String apiKey, String jurisdiction, Path storeFile,
                            String bindAddress, int port, Clock clock) {
        this.book = new TicketBook(services, apiKey, jurisdiction, storeFile, clock);
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /**
     * Runs standalone until killed: {@code --port 8311} (0 = a free one), {@code --bind 127.0.0.1},
     * {@code --store FILE.json} (none: memory only), {@code --jurisdiction ID} (none: any); the demo services.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String key = System.getenv(API_KEY_VARIABLE);
        if (key == null || key.isEmpty()) {
            LOG.warn("{} is not set: the simulator accepts the default demo key", API_KEY_VARIABLE);
            key = DEFAULT_API_KEY;
        }
        Open311Simulator simulator = new Open311Simulator(SimService.demo(), key, options.get("--jurisdiction"),
                Optional.ofNullable(options.get("--store")).map(Path::of).orElse(null),
                options.getOrDefault("--bind", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("--port", Integer.toString(DEFAULT_PORT))), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "open311-sim-stop"));
        simulator.start();
        new java.util.concurrent.CountDownLatch(1).await();
    }

    static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value\n" + USAGE);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--port", "--bind", "--store", "--jurisdiction").contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    public synchronized Open311Simulator start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            server.createContext(BASE_PATH, this::georeport);
            server.createContext(ADMIN_PATH, this::admin);
            executor = Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "open311-sim");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            port = server.getAddress().getPort();
            LOG.info("Open311 simulator listening on {} with services {}", endpoint(),
                    book.services().stream().map(SimService::code).toList());
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            faults.releaseHeld();
            server.stop(0);
            executor.shutdownNow();
            server = null;
            LOG.info("Open311 simulator on port {} stopped", port);
        }
    }

    public int port() {
        return port;
    }

    /** The base URL a city file's {@code endpoint} names. */
    public String endpoint() {
        return "http://" + bindAddress + ":" + port + BASE_PATH;
    }

    /** Fault injection, effective at once. */
    public Faults faults() {
        return faults;
    }

    /** Every stored ticket, in creation order. */
    public List<SimTicket> tickets() {
        return book.tickets();
    }

    public Optional<SimTicket> ticket(String id) {
        return book.ticket(id);
    }

    /** Closes a ticket as the city's agent would; empty when there is no such ticket. */
    public Optional<SimTicket> close(String id, String statusNotes) {
        return book.close(id, statusNotes);
    }

    private void georeport(HttpExchange exchange) throws IOException {
        try (exchange) {
            Faults.Outcome outcome = faults.next();
            faults.delay();
            if (outcome == Faults.Outcome.FAIL) {
                reply(exchange, Reply.error(503, "service unavailable (injected fault)"));
                return;
            }
            Reply reply = Open311Routes.route(book, exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath().substring(BASE_PATH.length()), form(exchange));
            if (outcome == Faults.Outcome.DROP) {
                LOG.info("Open311 simulator: dropping the answer to {} {} (injected fault)",
                        exchange.getRequestMethod(), exchange.getRequestURI().getPath());
                return;
            }
            if (outcome == Faults.Outcome.HOLD) {
                faults.hold();
            }
            reply(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void admin(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(ADMIN_PATH.length());
            Map<String, String> form = form(exchange);
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, Reply.error(405, "admin calls are POST"));
            } else if ("/faults".equals(path)) {
                reply(exchange, setFaults(form));
            } else if (path.startsWith("/requests/") && path.endsWith("/close")) {
                String id = decode(path.substring("/requests/".length(), path.length() - "/close".length()));
                reply(exchange, book.close(id, form.get("status_notes"))
                        .map(t -> new Reply(200, List.of(t.asServiceRequest())))
                        .orElse(Reply.error(404, "service_request_id " + id + " not found")));
            } else {
                reply(exchange, Reply.error(404, "no admin call " + path));
            }
        }
    }

    private Reply setFaults(Map<String, String> form) {
        try {
            Optional.ofNullable(form.get("latency_ms")).ifPresent(v -> faults.latency(Duration.ofMillis(
                    Long.parseLong(v))));
            Optional.ofNullable(form.get("fail_next")).ifPresent(v -> faults.failNext(Integer.parseInt(v)));
            Optional.ofNullable(form.get("hold_next")).ifPresent(v -> faults.holdNext(Integer.parseInt(v)));
            Optional.ofNullable(form.get("drop_next")).ifPresent(v -> faults.dropNext(Integer.parseInt(v)));
            if ("true".equals(form.get("release"))) {
                faults.releaseHeld();
            }
            return new Reply(200, Map.of("faults", "set"));
        } catch (NumberFormatException e) {
            return Reply.error(400, "fault values are whole numbers: " + e.getMessage());
        }
    }

    /** The query and, for a form-encoded POST, the body's fields (the body wins). */
    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        parse(exchange.getRequestURI().getRawQuery(), fields);
        if ("POST".equals(exchange.getRequestMethod())) {
            parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), fields);
        }
        return fields;
    }

    private static void parse(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            into.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = Open311Messages.json().writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
