package city.relais.config.load;

import city.relais.config.DemoSource;
import city.relais.config.ErrorPolicy;
import city.relais.config.Http;
import city.relais.config.Hub;
import city.relais.config.PrecisionWatch;
import city.relais.config.Secret;
import city.relais.config.Store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/** Reads the {@code hub} section: HTTP listener, data and routes folders, demo replay, retry policy. */
final class HubBinder {

    private static final Range PORT = Range.closed(0, 65535);

    private final BindContext ctx;

    HubBinder(BindContext ctx) {
        this.ctx = ctx;
    }

    Hub bind(YamlNode node) {
        Fields f = ctx.fields(node, "hub");
        Http http = http(ctx.fields(f.node("http"), f.pathOf("http")));
        Path dataDir = ctx.path(f, "data-dir", Hub.DEFAULT_DATA_DIR);
        Path routesDir = ctx.existingDirectory(f, "routes-dir");
        YamlNode demoNode = f.node("demo");
        DemoSource demo = demoNode == null ? null : demo(ctx.fields(demoNode, f.pathOf("demo")));
        ErrorPolicy errors = errors(ctx.fields(f.node("errors"), f.pathOf("errors")));
        Store store = store(ctx.fields(f.node("store"), f.pathOf("store")));
        PrecisionWatch precision = precision(ctx.fields(f.node("precision"), f.pathOf("precision")));
        f.finish();
        return new Hub(http, dataDir, routesDir, demo, errors, store, precision);
    }

    private Http http(Fields f) {
        String host = f.text("host", Http.DEFAULT_HOST);
        String violation = Addresses.hostViolation(host);
        if (violation != null) {
            f.problems().add(f.pathOf("host"), f.lineOf("host"), violation);
            host = Http.DEFAULT_HOST;
        }
        int port = f.integer("port", Http.DEFAULT_PORT, PORT);
        f.finish();
        return new Http(host, port);
    }

    private DemoSource demo(Fields f) {
        String events = f.requiredText("events");
        if (events != null && !events.startsWith(DemoSource.CLASSPATH_PREFIX)) {
            events = eventsFile(f, events);
        }
        double rate = f.number("rate", DemoSource.DEFAULT_RATE, Range.above(0, 1000));
        boolean loop = f.bool("loop", true);
        f.finish();
        return events == null ? null : new DemoSource(events, rate, loop);
    }

    private String eventsFile(Fields f, String written) {
        if (written.contains("://")) {
            f.problems().add(f.pathOf("events"), f.lineOf("events"),
                    "'" + written + "' is neither a file path nor classpath:RESOURCE");
            return written;
        }
        try {
            Path file = ctx.resolve(Path.of(written));
            if (ctx.baseDir() != null && !Files.isRegularFile(file)) {
                f.problems().add(f.pathOf("events"), f.lineOf("events"), "no such file: " + file);
            }
            return file.toString();
        } catch (InvalidPathException e) {
            f.problems().add(f.pathOf("events"), f.lineOf("events"), "'" + written + "' is not a valid path");
            return written;
        }
    }

    private ErrorPolicy errors(Fields f) {
        ErrorPolicy defaults = ErrorPolicy.defaults();
        int max = f.integer("max-redeliveries", defaults.maxRedeliveries(), Range.closed(0, 20));
        Duration delay = f.duration("redelivery-delay", defaults.redeliveryDelay(),
                Range.above(Duration.ZERO, Duration.ofMinutes(10)));
        double backoff = f.number("backoff-multiplier", defaults.backoffMultiplier(), Range.closed(1, 10));
        f.finish();
        return new ErrorPolicy(max, delay, backoff);
    }

    private Store store(Fields f) {
        String url = f.text("url");
        if (url != null && Store.SUPPORTED.stream().noneMatch(url::startsWith)) {
            f.problems().add(f.pathOf("url"), f.lineOf("url"), "'" + url + "' is not a supported JDBC URL "
                    + "(expected one starting with " + String.join(" or ", Store.SUPPORTED)
                    + "; leave store out for the embedded H2 database under the data dir)");
        }
        String user = f.text("user");
        Secret password = ctx.secret(f, "password", false);
        if (url == null && (user != null || password != null)) {
            String key = user != null ? "user" : "password";
            f.problems().add(f.pathOf(key), f.lineOf(key),
                    "user and password need a url (the embedded H2 database takes none)");
        }
        f.finish();
        return new Store(url, user, password);
    }

    private static PrecisionWatch precision(Fields f) {
        PrecisionWatch defaults = PrecisionWatch.defaults();
        int window = f.integer("window", defaults.window(), Range.closed(1, 10_000));
        int minSample = f.integer("min-sample", defaults.minSample(), Range.closed(1, 10_000));
        double rate = f.number("max-false-positive-rate", defaults.maxFalsePositiveRate(), Range.closed(0, 1));
        if (minSample > window) {
            f.problems().add(f.pathOf("min-sample"), f.lineOf("min-sample"), minSample
                    + " is above window (" + window + ")");
            minSample = window;
        }
        f.finish();
        return new PrecisionWatch(window, minSample, rate);
    }
}
