package city.relais.connectors.sim.talq;

import city.relais.connectors.sim.SimulatedLamp;
import city.relais.connectors.talq.TalqMessages;
import city.relais.connectors.talq.TalqMessages.OverrideCommand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TALQ gateway over HTTP (JDK server) under {@code /talq}: {@code POST /talq/override-commands} and
 * {@code GET /talq/lamp-states}, as {@link TalqMessages} describes, on the shared {@link SimulatedLamp} model.
 * {@link #unavailable(boolean)} makes it answer 503 (maintenance) to test retries. Restartable on the same port.
 */
public final class TalqGatewaySimulator implements AutoCloseable {

    public static final String BASE_PATH = "/talq";
    private static final Logger LOG = LoggerFactory.getLogger(TalqGatewaySimulator.class);

    private final Map<String, SimulatedLamp> lampsByAddress;
    private final OverrideBook book;
    private final String bindAddress;
    private int port;
    private volatile boolean unavailable;
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param lampsByAddress lamps by TALQ address (the city file's {@code lamps.ID.address})
     * @param port           TCP port, 0 = a free one, kept across restarts (see {@link #port()})
     */
    public TalqGatewaySimulator(Map<String, SimulatedLamp> lampsByAddress, String bindAddress, int port,
                                Clock clock) {
        this.lampsByAddress = new LinkedHashMap<>(lampsByAddress);
        this.book = new OverrideBook(this.lampsByAddress, clock);
        this.bindAddress = bindAddress;
        this.port = port;
    }

    public synchronized TalqGatewaySimulator start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            server.createContext(BASE_PATH + TalqMessages.OVERRIDE_COMMANDS, this::overrides);
            server.createContext(BASE_PATH + TalqMessages.LAMP_STATES, this::states);
            executor = Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "talq-sim");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            port = server.getAddress().getPort();
            LOG.info("TALQ gateway simulator listening on {} with lamps {}", endpoint(), lampsByAddress.keySet());
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            LOG.info("TALQ gateway simulator on port {} stopped", port);
        }
    }

    /** While true, every request is answered 503 (the gateway is in maintenance). */
    public void unavailable(boolean value) {
        unavailable = value;
    }

    public int port() {
        return port;
    }

    /** The base URL a city file's {@code endpoint} names. */
    public String endpoint() {
        return "http://" + bindAddress + ":" + port + BASE_PATH;
    }

    public SimulatedLamp lamp(String address) {
        SimulatedLamp lamp = lampsByAddress.get(address);
        if (lamp == null) {
            throw new IllegalArgumentException("no lamp at " + address + " (addresses: " + lampsByAddress.keySet()
                    + ")");
        }
        return lamp;
    }

    private void overrides(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, new OverrideBook.Reply(405, new TalqMessages.Failure("use POST")));
            } else if (unavailable) {
                reply(exchange, maintenance());
            } else {
                reply(exchange, parse(exchange));
            }
        }
    }

    private OverrideBook.Reply parse(HttpExchange exchange) throws IOException {
        try {
            OverrideCommand command = TalqMessages.json().readValue(exchange.getRequestBody(),
                    OverrideCommand.class);
            return book.override(command);
        } catch (JsonProcessingException e) {
            return new OverrideBook.Reply(400, new TalqMessages.Failure("not an override command: "
                    + e.getOriginalMessage()));
        }
    }

    private void states(HttpExchange exchange) throws IOException {
        try (exchange) {
            reply(exchange, unavailable ? maintenance() : book.states(addresses(exchange.getRequestURI()
                    .getRawQuery())));
        }
    }

    private static List<String> addresses(String query) {
        List<String> addresses = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("address=")) {
                    addresses.add(URLDecoder.decode(pair.substring("address=".length()), StandardCharsets.UTF_8));
                }
            }
        }
        return addresses;
    }

    private static OverrideBook.Reply maintenance() {
        return new OverrideBook.Reply(503, new TalqMessages.Failure("gateway in maintenance, try again later"));
    }

    private static void reply(HttpExchange exchange, OverrideBook.Reply reply) throws IOException {
        byte[] body = TalqMessages.json().writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
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
