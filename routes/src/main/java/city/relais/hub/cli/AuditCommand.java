package city.relais.hub.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import city.relais.config.CityConfig;
import city.relais.hub.store.AuditEntry;
import city.relais.hub.store.AuditTrail;
import city.relais.hub.store.StoreDatabase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais audit --event ID}: the audit chain of one event, from the hub's store. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Prints the audit chain of an event: event -> rule -> decision -> command -> acknowledgement.")
final class AuditCommand implements Callable<Integer> {

    @Option(names = "--event", required = true, paramLabel = "ID", description = "the event's id")
    String eventId;

    @Option(names = "--config", paramLabel = "FILE", description = "the city YAML file (default: embedded demo city)")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder, overrides hub.data-dir")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CityConfig city = CityFiles.load(config, spec.commandLine().getErr());
        if (city == null) {
            return RelaisCommand.INVALID_INPUT;
        }
        Path data = dataDir != null ? dataDir : city.hub().dataDir();
        PrintWriter out = spec.commandLine().getOut();
        try (StoreDatabase store = StoreDatabase.open(city.hub().store(), data)) {
            List<AuditEntry> chain = new AuditTrail(store).chain(eventId);
            if (chain.isEmpty()) {
                spec.commandLine().getErr().println("no audit entry for event " + eventId + " in " + store.describe());
                return 1;
            }
            out.println("audit chain of event " + eventId + " (" + store.describe() + ")");
            chain.forEach(entry -> out.println(entry.line()));
            out.flush();
            return 0;
        }
    }
}
