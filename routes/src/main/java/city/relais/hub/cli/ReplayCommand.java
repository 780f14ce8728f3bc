package city.relais.hub.cli;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import city.relais.event.CityEvent;
import city.relais.event.CloudEventCodec;
import city.relais.hub.ingest.DemoEventSource;
import city.relais.hub.ingest.EventLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais replay}: sends a JSON-lines file of CloudEvents to a running hub's {@code POST /api/events}. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Send the CloudEvents of a JSON-lines file to a running hub (POST /api/events).")
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, paramLabel = "FILE.jsonl", description = "one CloudEvent per line")
    Path events;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "10",
            description = "events per second (0: as fast as the hub takes them; default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "the hub's base URL (default ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--new-ids", description = "give each event a fresh id and the current time (replay twice)")
    boolean newIds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (rate < 0) {
            err.println("--rate must be >= 0");
            return RelaisCommand.INVALID_INPUT;
        }
        CloudEventCodec codec = new CloudEventCodec();
        EventLines.Result file;
        try (InputStream in = Files.newInputStream(events)) {
            file = EventLines.read(in, codec);
        }
        file.bad().forEach(bad -> err.println(events + ":" + bad.line() + ": " + bad.reason()));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI endpoint = url.resolve("/api/events");
        long periodNanos = rate == 0 ? 0 : (long) (1e9 / rate);
        long next = System.nanoTime();
        int sent = 0;
        for (CityEvent event : file.events()) {
            next = pace(next, periodNanos);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/cloudevents+json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(codec.encodeToString(newIds ? DemoEventSource.restamped(event) : event)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                err.printf("event %s refused by the hub (%d): %s%n", event.id(), response.statusCode(),
                        response.body());
                return 1;
            }
            sent++;
        }
        out.printf("replayed %d event(s) to %s, %d line(s) refused%n", sent, endpoint, file.bad().size());
        return file.bad().isEmpty() ? 0 : RelaisCommand.INVALID_INPUT;
    }

    private static long pace(long next, long periodNanos) throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return Math.max(next, System.nanoTime() - periodNanos) + periodNanos;
    }
}
